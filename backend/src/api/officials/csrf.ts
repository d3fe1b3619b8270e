import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { csrfSync } from "csrf-sync"

export const CSRF_HEADER = "x-csrf-token"

/**
 * Synchroniser-token CSRF protection for the console's session cookie: the token lives in the
 * session (Redis or memory, like the session), the console reads it from GET /officials/me and
 * sends it back in `x-csrf-token` on every write. Only a session can be forged cross-site: a
 * request without one (a bearer token, which a browser never attaches by itself) is not checked.
 */
const csrf = csrfSync({
  getTokenFromRequest: (req) => req.get(CSRF_HEADER),
  skipCsrfProtection: (req) => !(req as unknown as MedusaRequest).session?.auth_context,
  errorConfig: { statusCode: 403, message: `${CSRF_HEADER}: missing or not this session's (read it from GET /officials/me)` },
})

/** Checks the token on every method but GET, HEAD and OPTIONS. */
export function officialsCsrf(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  csrf.csrfSynchronisedProtection(req, res, next)
}

/** The session's token, made on first use; null for a request without a session. */
export function csrfTokenOf(req: MedusaRequest): string | null {
  return req.session?.auth_context ? csrf.generateToken(req) : null
}
