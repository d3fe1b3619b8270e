import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toCsv, toXlsx } from "../../reporting/reports/export"

/** JSON by default; `format=csv|xlsx` downloads the same rows. */
export async function sendReport<Name extends string, Row extends Record<string, unknown>, Extra extends object>(
  req: MedusaRequest,
  res: MedusaResponse<Record<Name, Row[]> & Extra>,
  name: Name,
  rows: Row[],
  extra: Extra
) {
  const { format, year } = req.validatedQuery as { format: "json" | "csv" | "xlsx"; year: number }
  const file = `${name}-${year}`
  // a download is not the JSON body the route declares
  const download = res as unknown as MedusaResponse<string | Buffer>
  if (format === "csv") {
    download.setHeader("content-type", "text/csv; charset=utf-8")
    download.setHeader("content-disposition", `attachment; filename="${file}.csv"`)
    download.send(toCsv(rows))
    return
  }
  if (format === "xlsx") {
    download.setHeader("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    download.setHeader("content-disposition", `attachment; filename="${file}.xlsx"`)
    download.send(await toXlsx(rows, name))
    return
  }
  res.json({ [name]: rows, ...extra } as Record<Name, Row[]> & Extra)
}
