/** How soon an operator must act on a certificate; 90 days is the lead time a renewal takes. */
export const EXPIRY_WARNING_DAYS = 90
const DAY_MS = 24 * 60 * 60 * 1000

export type Validity = { status: "expired" | "expiring" | "valid"; days: number }

export function validity(expiresAt: string, now = new Date()): Validity {
  const days = Math.ceil((new Date(expiresAt).getTime() - now.getTime()) / DAY_MS)
  return { status: days < 0 ? "expired" : days <= EXPIRY_WARNING_DAYS ? "expiring" : "valid", days }
}

/** yyyy-mm-dd for <input type="date">, in Shanghai time like every other date operators see. */
export const dateInput = (d: Date) => d.toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" })
