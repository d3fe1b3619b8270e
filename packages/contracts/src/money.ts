// Money is integer fen end to end (the ledger, the officials' API, the kiosk API) and yuan only where
// Medusa stores prices or a person reads them. Every conversion here works on the integer digits
// with bigint, so nothing passes through floating-point yuan and negative amounts keep their sign once.

/** An amount of fen: a JavaScript integer or a bigint (PostgreSQL bigint sums can exceed 2^53). */
export type Fen = number | bigint

function toBigInt(fen: Fen): bigint {
  if (typeof fen === "bigint") return fen
  if (!Number.isSafeInteger(fen)) throw new Error(`${fen} is not a whole number of fen`)
  return BigInt(fen)
}

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",")

function parts(fen: Fen): { negative: boolean; whole: string; cents: string } {
  const value = toBigInt(fen)
  const abs = value < 0n ? -value : value
  return { negative: value < 0n, whole: (abs / 100n).toString(), cents: (abs % 100n).toString().padStart(2, "0") }
}

/**
 * Exact yuan as a decimal string: -150 → "-1.50", 123456 → "1234.56". It is what Medusa stores as an
 * amount and what the exports write in their `*_yuan` columns.
 */
export function fenToYuan(fen: Fen): string {
  const { negative, whole, cents } = parts(fen)
  return `${negative ? "-" : ""}${whole}.${cents}`
}

/** Exact and grouped with the sign before ¥: 123456789 → "¥1,234,567.89", -150 → "-¥1.50". */
export function formatYuan(fen: Fen): string {
  const { negative, whole, cents } = parts(fen)
  return `${negative ? "-" : ""}¥${group(whole)}.${cents}`
}

export type MoneyLang = "zh" | "en"

// [size in fen, unit]: 1 亿 = 10^8 yuan = 10^10 fen, 1 万 = 10^4 yuan = 10^6 fen.
const UNITS: Record<MoneyLang, [bigint, string][]> = {
  zh: [
    [10_000_000_000n, "亿"],
    [1_000_000n, "万"],
  ],
  en: [
    [100_000_000_000n, "B"],
    [100_000_000n, "M"],
    [100_000n, "K"],
  ],
}

/**
 * Short, for headlines: ¥1.23亿 / ¥4,567.89万 in Chinese, ¥1.23M / ¥45.68K in English, two decimals
 * of the unit rounded half away from zero; sums below the smallest unit stay exact.
 */
export function formatCompactYuan(fen: Fen, lang: MoneyLang): string {
  const value = toBigInt(fen)
  const abs = value < 0n ? -value : value
  const unit = UNITS[lang].find(([size]) => abs >= size)
  if (!unit) return formatYuan(value)
  const [size, label] = unit
  const hundredths = (abs * 100n + size / 2n) / size
  const whole = (hundredths / 100n).toString()
  const decimals = (hundredths % 100n).toString().padStart(2, "0")
  return `${value < 0n ? "-" : ""}¥${group(whole)}.${decimals}${label}`
}

/** A Medusa amount: a number, a decimal string, a raw `{ value }` or a BigNumber (its toJSON). */
export type AmountLike = number | string | { value: string | number } | { toJSON(): unknown } | null | undefined

function decimalString(value: AmountLike): string {
  if (value === null || value === undefined) return "0"
  if (typeof value === "number") {
    const text = String(value)
    if (!Number.isFinite(value) || /e/i.test(text)) throw new Error(`amount ${text} cannot be converted to fen`)
    return text
  }
  if (typeof value === "string") return value
  if ("value" in value) return decimalString(value.value)
  // Medusa's BigNumber serialises to its exact decimal string or number.
  return decimalString(value.toJSON() as string | number)
}

function decimalParts(text: string): { digits: bigint; scale: number } {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.trim())
  if (!match || (match[2] === "" && !match[3])) throw new Error(`amount ${text} is not a decimal number`)
  const fraction = match[3] ?? ""
  const digits = BigInt(`${match[2] || "0"}${fraction}`)
  return { digits: match[1] === "-" ? -digits : digits, scale: fraction.length }
}

/** An exact decimal (digits × 10^-scale) as fen, rounded half away from zero. */
function roundToFen({ digits, scale }: { digits: bigint; scale: number }): bigint {
  const negative = digits < 0n
  const abs = negative ? -digits : digits
  let fen: bigint
  if (scale <= 2) {
    fen = abs * 10n ** BigInt(2 - scale)
  } else {
    const divisor = 10n ** BigInt(scale - 2)
    fen = (abs + divisor / 2n) / divisor
  }
  return negative ? -fen : fen
}

function safeNumber(fen: bigint, text: string): number {
  if (fen > BigInt(Number.MAX_SAFE_INTEGER) || fen < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new Error(`amount ${text} is too large`)
  }
  return fen === 0n ? 0 : Number(fen)
}

/**
 * A Medusa amount in yuan as integer fen, exactly, rounding half away from zero: line totals after
 * tax can carry more than two decimals.
 */
export function toFen(value: AmountLike): number {
  const text = decimalString(value)
  return safeNumber(roundToFen(decimalParts(text)), text)
}

/** Like toFen, as a bigint, for sums past 2^53 fen. */
export function toFenBigInt(value: AmountLike): bigint {
  return roundToFen(decimalParts(decimalString(value)))
}

/**
 * Exact price × quantity in fen, rounded like toFen. For a line without tax lines or adjustments
 * this is what Medusa's line arithmetic yields, without its per-line cost.
 */
export function multiplyToFen(price: AmountLike, quantity: AmountLike): number {
  const a = decimalParts(decimalString(price))
  const b = decimalParts(decimalString(quantity))
  return safeNumber(roundToFen({ digits: a.digits * b.digits, scale: a.scale + b.scale }), `${a.digits}×${b.digits}`)
}

/**
 * What a person typed as yuan ("12", "12.5", "12.50", "¥1,234.5") in fen; null for anything else
 * (more than two decimals, a sign, letters).
 */
export function parseYuanToFen(value: string): number | null {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(value.replace(/[¥,\s]/g, ""))
  if (!match) return null
  const fen = BigInt(match[1] ?? "0") * 100n + BigInt((match[2] ?? "").padEnd(2, "0"))
  return fen > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(fen)
}
