import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { existsSync, statSync } from "node:fs"
import path from "node:path"

export const CONSOLE_PATH = "/console"

/** The console's production build (`npm run build -w admin`); CONSOLE_DIST_DIR overrides it. */
const distDir = path.resolve(process.env.CONSOLE_DIST_DIR || path.join(process.cwd(), "..", "admin", "dist"))

const isFile = (file: string) => existsSync(file) && statSync(file).isFile()

/**
 * Serves the officials' console at /console: its files, and index.html for every other path so
 * the single-page app's own routes load on refresh. Hashed assets are cached for a year.
 */
export function serveConsole(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    return next()
  }
  const pathname = decodeURIComponent(new URL(req.originalUrl, "http://console").pathname)
  if (pathname === CONSOLE_PATH) {
    return res.redirect(301, `${CONSOLE_PATH}/`)
  }
  const index = path.join(distDir, "index.html")
  if (!isFile(index)) {
    return res.status(404).type("text/plain").send("The officials' console is not built: npm run build -w admin")
  }
  const file = path.join(distDir, pathname.slice(CONSOLE_PATH.length))
  if (file.startsWith(distDir + path.sep) && isFile(file)) {
    const hashed = file.startsWith(path.join(distDir, "assets") + path.sep)
    return res.sendFile(file, { headers: { "Cache-Control": hashed ? "public, max-age=31536000, immutable" : "no-cache" } })
  }
  res.sendFile(index, { headers: { "Cache-Control": "no-cache" } })
}
