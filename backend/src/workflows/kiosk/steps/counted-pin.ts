import { PIN_ATTEMPTS } from "../../../modules/kiosk/constants"
import type KioskModuleService from "../../../modules/kiosk/service"

export type CountedPin<T> =
  | { outcome: "ok"; value: T }
  | { outcome: "wrong"; attempts_left: number }
  | { outcome: "locked"; locked_until: Date }

/**
 * Runs one PIN check charged to a clerk: the attempt is counted before `check` runs and only
 * while the clerk is not locked, so concurrent guesses cannot outrun the lockout. A wrong PIN is
 * never rolled back, which is why the callers' steps have no compensation for it.
 */
export async function countedPinCheck<T>(
  kiosk: KioskModuleService,
  clerkId: string,
  check: () => Promise<T | null>
): Promise<CountedPin<T>> {
  const attempt = await kiosk.beginPinAttempt(clerkId)
  if (!attempt.evaluated) {
    return { outcome: "locked", locked_until: attempt.locked_until ?? new Date() }
  }
  const value = await check()
  if (value !== null) {
    await kiosk.passPinAttempt(clerkId, attempt)
    return { outcome: "ok", value }
  }
  if (attempt.locked_until) {
    return { outcome: "locked", locked_until: attempt.locked_until }
  }
  return { outcome: "wrong", attempts_left: PIN_ATTEMPTS - attempt.failed_attempts }
}
