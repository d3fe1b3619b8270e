import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

const LIMIT = 5 * 1024 * 1024

/**
 * Lets a CSV file be posted as it is (text/csv or text/plain) as well as JSON `{ csv }`: the
 * body becomes `{ csv }` either way. Medusa parses text/plain already; text/csv is read here.
 */
export async function csvBody(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.is("text/csv") && req.readable) {
    let text = ""
    req.setEncoding("utf8")
    for await (const chunk of req) {
      text += chunk
      if (text.length > LIMIT) {
        res.status(413).json({ type: "invalid_data", message: "csv: the file is larger than 5 MB" })
        return
      }
    }
    req.body = { csv: text }
  } else if (typeof req.body === "string") {
    req.body = { csv: req.body }
  }
  next()
}
