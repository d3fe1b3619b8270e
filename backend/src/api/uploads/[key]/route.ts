import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { uploadDir } from "../../../lib/config/file-storage"

// Every key the local provider writes starts with its upload time, so a URL never changes content:
// browsers and the storefront's image optimiser may keep it for a year without asking again.
const ONE_YEAR_MS = 365 * 24 * 3600 * 1000

/**
 * GET /uploads/:key — a public file of the local File Module provider (product pictures). Only
 * the upload folder's own files: send() refuses paths that leave it and dotfiles. Uploaded SVGs
 * run no script and load nothing on this origin. The answer streams the file itself, not JSON: no
 * response type from @onecounty/contracts.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await new Promise<void>((resolve) => {
    res.sendFile(
      req.params.key,
      {
        root: uploadDir(),
        dotfiles: "deny",
        maxAge: ONE_YEAR_MS,
        immutable: true,
        headers: {
          "X-Content-Type-Options": "nosniff",
          "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
          "Cross-Origin-Resource-Policy": "cross-origin",
        },
      },
      (err) => {
        if (err && !res.headersSent) res.status(404).json({ type: "not_found", message: "No such file" })
        resolve()
      }
    )
  })
}
