export const CLERK_ACTOR = "clerk"
export const CLERK_ROLES = ["clerk", "manager"] as const
export type ClerkRole = (typeof CLERK_ROLES)[number]
export const PAYMENT_METHODS = ["cash", "card", "qr"] as const
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

/** Wrong PINs in a row before a clerk is locked, and for how long. */
export const PIN_ATTEMPTS = 5
export const PIN_LOCK_MS = 15 * 60 * 1000
export const CLERK_TOKEN_TTL_S = 12 * 60 * 60
export const SETUP_CODE_TTL_MS = 24 * 60 * 60 * 1000
/** Setup codes avoid characters a person misreads: 0/O and 1/I. */
export const SETUP_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
