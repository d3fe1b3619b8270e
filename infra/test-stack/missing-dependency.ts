// A suite that cannot run for want of a dependency (Chromium, PostgreSQL, Redis) skips on a
// developer's machine, saying why; under CI=true it fails instead, so that CI cannot stay green
// with the suite unrun.

const underCI = () => !!process.env.CI && process.env.CI !== "false" && process.env.CI !== "0"

/** The reason to skip `suite`, or null when nothing is missing; throws under CI. */
export function skipForMissing(suite: string, missing: string | null): string | null {
  if (!missing) return null
  if (underCI()) throw new Error(`${suite} cannot run under CI: ${missing}`)
  console.warn(`${suite} skipped: ${missing}`)
  return missing
}
