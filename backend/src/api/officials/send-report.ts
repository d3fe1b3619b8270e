import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toCsv, toXlsx } from "../../reporting/reports/export"

/** JSON by default; `format=csv|xlsx` downloads the same rows. */
export async function sendReport(
  req: MedusaRequest,
  res: MedusaResponse,
  name: string,
  rows: Record<string, unknown>[],
  extra: Record<string, unknown> = {}
) {
  const { format, year } = req.validatedQuery as { format: "json" | "csv" | "xlsx"; year: number }
  const file = `${name}-${year}`
  if (format === "csv") {
    res.setHeader("content-type", "text/csv; charset=utf-8")
    res.setHeader("content-disposition", `attachment; filename="${file}.csv"`)
    res.send(toCsv(rows))
    return
  }
  if (format === "xlsx") {
    res.setHeader("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    res.setHeader("content-disposition", `attachment; filename="${file}.xlsx"`)
    res.send(await toXlsx(rows, name))
    return
  }
  res.json({ [name]: rows, ...extra })
}
