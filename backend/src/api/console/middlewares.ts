import type { MiddlewareRoute } from "@medusajs/framework/http"
import { CONSOLE_PATH, serveConsole } from "./serve-console"

export const consoleRoutes: MiddlewareRoute[] = [
  { matcher: CONSOLE_PATH, middlewares: [serveConsole] },
  { matcher: `${CONSOLE_PATH}/*`, middlewares: [serveConsole] },
]
