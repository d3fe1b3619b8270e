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

function decimalParts(text: string): { digits: bigint; scale: number } {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.trim())
  if (!match || (match[2] === "" && !match[3])) {
    throw new Error(`amount ${text} is not a decimal number`)
  }
  const fraction = match[3] ?? ""
  const digits = BigInt(`${match[2] || "0"}${fraction}`)
  return { digits: match[1] === "-" ? -digits : digits, scale: fraction.length }
}

/**
 * Exact price × quantity in fen, rounded like toFen. For a line without tax lines or
 * adjustments this is what Medusa's line arithmetic yields, without its per-line cost.
 */
export function multiplyToFen(price: AmountLike, quantity: AmountLike): number {
  const a = decimalParts(decimalString(price))
  const b = decimalParts(decimalString(quantity))
  const product = a.digits * b.digits
  const scale = a.scale + b.scale
  const negative = product < 0n
  const abs = negative ? -product : product
  const padded = abs.toString().padStart(scale + 1, "0")
  const text = scale === 0 ? padded : `${padded.slice(0, -scale)}.${padded.slice(-scale)}`
  return toFen(negative ? `-${text}` : text)
}
