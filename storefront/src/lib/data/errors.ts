/** Errors from the Medusa API (js-sdk FetchError) mapped to what a shopper can act on. */
export const ACTION_ERRORS = [
  "outOfStock",
  "invalidAddress",
  "paymentFailed",
  "cartNotFound",
  "notFound",
  "unauthorized",
  "emailTaken",
  "invalidCredentials",
  "network",
  "unknown",
] as const
export type ActionError = (typeof ACTION_ERRORS)[number]

export function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status
  return typeof s === "number" ? s : undefined
}

export function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message
  if (typeof e === "string") return e
  return ""
}

export function isNotFound(e: unknown): boolean {
  return statusOf(e) === 404
}

/** Classifies an API error; `context` says which action failed so that generic 400s map sensibly. */
export function classifyError(e: unknown, context: "cart" | "checkout" | "payment" | "auth" | "register" | "other" = "other"): ActionError {
  const status = statusOf(e)
  const msg = messageOf(e).toLowerCase()
  if (status === undefined && /fetch failed|econnrefused|network/.test(msg)) return "network"
  if (/inventory|stock|insufficient|quantity/.test(msg)) return "outOfStock"
  if (context === "register" && (/exist|already|identity/.test(msg) || status === 409)) return "emailTaken"
  if (context === "auth" && (status === 401 || /invalid email or password|unauthorized/.test(msg))) return "invalidCredentials"
  if (status === 401 || status === 403) return "unauthorized"
  if (status === 404) return context === "cart" || context === "checkout" ? "cartNotFound" : "notFound"
  if (context === "payment") return "paymentFailed"
  if (context === "checkout" && /address|province|city|phone|postal|country/.test(msg)) return "invalidAddress"
  return "unknown"
}
