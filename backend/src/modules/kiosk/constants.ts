export const CLERK_ACTOR = "clerk"
export { CLERK_ROLES, PAYMENT_METHODS, type ClerkRole, type PaymentMethod } from "@onecounty/contracts/enums"

/** Wrong PINs in a row before a clerk is locked, and for how long. */
export const PIN_ATTEMPTS = 5
export const PIN_LOCK_MS = 15 * 60 * 1000
export const CLERK_TOKEN_TTL_S = 12 * 60 * 60
export const SETUP_CODE_TTL_MS = 24 * 60 * 60 * 1000
/** Setup codes avoid characters a person misreads: 0/O and 1/I. */
export const SETUP_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
/** How long a sale's claim holds its key: far beyond a sale's booking (well under a second). */
export const SALE_CLAIM_LEASE_MS = 2 * 60 * 1000
/** A device's last_seen_at is renewed at most this often, so requests rarely write. */
export const DEVICE_SEEN_EVERY_MS = 60 * 1000
