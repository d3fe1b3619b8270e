import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { isTabularError, readTable } from "../lib/tabular"

const LIMIT = 5 * 1024 * 1024

/** The raw bytes of a body Medusa did not parse (text/csv, XLSX, octet-stream), or null past LIMIT. */
async function readBytes(req: MedusaRequest): Promise<Buffer | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > LIMIT) {
      return null
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/**
 * A spreadsheet upload read into `req.body = { table }` (see lib/tabular), however it was sent: the
 * file's bytes as the body (CSV in UTF-8 or GBK, or XLSX; its name in `?filename=`), or JSON
 * `{ csv }` as text. The route's body parser needs `preserveRawBody` so that a text/plain CSV keeps
 * its bytes (GBK would not survive being read as UTF-8). A file that cannot be read is a 400 saying
 * why, before the route runs.
 */
export async function tableUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  let contentType = req.headers["content-type"] ?? ""
  const filename = typeof req.query.filename === "string" ? req.query.filename : ""
  let bytes: Buffer | null
  const raw = (req as MedusaRequest & { rawBody?: Buffer }).rawBody
  if (req.is("application/json")) {
    const csv = (req.body as { csv?: unknown } | undefined)?.csv
    if (typeof csv !== "string" || csv === "") {
      res.status(400).json({ type: "invalid_data", message: "csv: send the file (CSV or XLSX) as the request body, or JSON { csv } as text" })
      return
    }
    bytes = Buffer.from(csv, "utf8")
    contentType = "text/csv"
  } else if (raw) {
    bytes = raw
  } else if (req.readable) {
    bytes = await readBytes(req)
  } else {
    bytes = typeof req.body === "string" ? Buffer.from(req.body, "utf8") : Buffer.alloc(0)
  }
  if (!bytes) {
    res.status(413).json({ type: "invalid_data", message: "file: the file is larger than 5 MB" })
    return
  }
  if (!bytes.length) {
    res.status(400).json({ type: "invalid_data", message: "file: the file is empty" })
    return
  }
  try {
    req.body = { table: await readTable(bytes, filename, { contentType, maxBytes: LIMIT }) }
  } catch (e) {
    if (isTabularError(e)) {
      res.status(e.code === "too_large" ? 413 : 400).json({ type: "invalid_data", message: `file: ${e.message}` })
      return
    }
    throw e
  }
  next()
}
