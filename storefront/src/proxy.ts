import createMiddleware from "next-intl/middleware"
import { NextResponse, type NextRequest } from "next/server"
import { routing } from "./i18n/routing"
import { contentSecurityPolicy } from "./lib/security-headers"

const intl = createMiddleware(routing)
const csp = contentSecurityPolicy()

/** Locale routing for the shop, and the page CSP for every page, the kiosk's included. */
export default function proxy(request: NextRequest) {
  // /kiosk is the counter app, outside the locale routes (it picks its language on the device).
  const response = request.nextUrl.pathname.startsWith("/kiosk") ? NextResponse.next() : intl(request)
  response.headers.set("Content-Security-Policy", csp)
  return response
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
}
