// Money arrives in integer fen and is shown in yuan. Exact amounts are built from the integer, so a
// table cell equals the export's *_yuan column; compact amounts (万/亿, K/M) are for headlines only.
export type Lang = "zh" | "en"

/** Exact yuan, e.g. -123456 → "-1234.56" (as the backend's exports write it). */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? "-" : ""
  const abs = Math.abs(fen)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`
}

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",")

/** Exact, grouped: 123456789 → "¥1,234,567.89". */
export function formatMoney(fen: number): string {
  const [whole = "0", cents = "00"] = fenToYuan(fen).replace("-", "").split(".")
  return `${fen < 0 ? "-" : ""}¥${group(whole)}.${cents}`
}

const UNITS: Record<Lang, [number, string][]> = {
  // 1 亿 = 10^8 yuan = 10^10 fen; 1 万 = 10^4 yuan = 10^6 fen
  zh: [[1e10, "亿"], [1e6, "万"]],
  en: [[1e11, "B"], [1e8, "M"], [1e5, "K"]],
}

/** Short: ¥1.23亿 / ¥4,567.89万 in Chinese, ¥1.23M / ¥45.68K in English; small sums stay exact. */
export function formatCompact(fen: number, lang: Lang): string {
  const abs = Math.abs(fen)
  const unit = UNITS[lang].find(([size]) => abs >= size)
  if (!unit) return formatMoney(fen)
  const [size, label] = unit
  const value = (Math.round((abs / size) * 100) / 100).toFixed(2)
  const [whole = "0", decimals] = value.split(".")
  return `${fen < 0 ? "-" : ""}¥${group(whole)}.${decimals}${label}`
}

/** A ratio as a percentage with two decimals; "—" when there is none (no target, nothing sold). */
export function formatPercent(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined ? "—" : `${(ratio * 100).toFixed(2)}%`
}

/** Year-on-year change with its sign: +12.50% / -3.00%. */
export function formatChange(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined) return "—"
  return `${ratio > 0 ? "+" : ""}${(ratio * 100).toFixed(2)}%`
}
