type Raw = { value: string | number }
export type AmountLike = number | string | Raw | { toJSON(): unknown } | null | undefined

function decimalString(value: AmountLike): string {
  if (value === null || value === undefined) {
    return "0"
  }
  if (typeof value === "number") {
    const text = String(value)
    if (!Number.isFinite(value) || /e/i.test(text)) {
      throw new Error(`amount ${text} cannot be converted to fen`)
    }
    return text
  }
  if (typeof value === "string") {
    return value
  }
  if ("value" in value) {
    return decimalString(value.value)
  }
  // Medusa's BigNumber serialises to its exact decimal string or number.
  return decimalString(value.toJSON() as string | number)
}

/**
 * Converts a Medusa amount in yuan (number, decimal string, raw `{ value }` or BigNumber) to
 * integer fen exactly, rounding half away from zero: line totals after tax can carry more
 * than two decimals.
 */
export function toFen(value: AmountLike): number {
  const text = decimalString(value).trim()
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text)
  if (!match || (match[2] === "" && !match[3])) {
    throw new Error(`amount ${text} is not a decimal number`)
  }
  const [, sign, whole, fraction = ""] = match
  const digits = (fraction + "000").slice(0, 3)
  let fen = BigInt(whole || "0") * 100n + BigInt(digits.slice(0, 2))
  const rest = fraction.slice(2)
  if (/^[5-9]/.test(rest)) {
    fen += 1n
  }
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new Error(`amount ${text} is too large`)
  }
  return sign === "-" && fen !== 0n ? -Number(fen) : Number(fen)
}
