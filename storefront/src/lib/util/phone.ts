/**
 * Mainland China mobile numbers: 11 digits starting 13–19, optionally written with +86 / 0086,
 * spaces or dashes (138 0013 8000). Returns the bare 11 digits, or null when it is not one.
 */
export function normalizeMobile(input: string | null | undefined): string | null {
  if (!input) return null
  let digits = input.replace(/[\s\-()]/g, "")
  if (digits.startsWith("+86")) digits = digits.slice(3)
  else if (digits.startsWith("0086")) digits = digits.slice(4)
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null
}

export function isMobile(input: string | null | undefined): boolean {
  return normalizeMobile(input) !== null
}

/** 138****8000 for lists and confirmations. */
export function maskMobile(input: string | null | undefined): string {
  const m = normalizeMobile(input)
  return m ? `${m.slice(0, 3)}****${m.slice(7)}` : (input ?? "")
}
