import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

export const FILE_LIMIT = 5 * 1024 * 1024

/**
 * A file sent as the request body (its name in `?filename=`), kept as bytes in `req.rawBody`: the
 * signature covers them, and a GBK CSV would not survive being read as UTF-8.
 */
export async function rawBody(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > FILE_LIMIT) {
      res.status(413).json({ type: "invalid_data", message: "file: the file is larger than 5 MB" })
      return
    }
    chunks.push(chunk as Buffer)
  }
  ;(req as MedusaRequest & { rawBody?: Buffer }).rawBody = Buffer.concat(chunks)
  next()
}
