import { formatYuan, parseYuanToFen } from "@onecounty/contracts/money"
import type { Locale } from "@/i18n/routing"

const formatters = new Map<string, Intl.NumberFormat>()

/**
 * Formats an amount in yuan (Medusa v2 stores major units: 49.9 is ¥49.90).
 * Both locales show the narrow ¥ sign: the shop only sells in CNY.
 */
export function formatCNY(amount: number | null | undefined, locale: Locale | string = "zh"): string {
  const tag = locale === "en" ? "en-US" : "zh-CN"
  let f = formatters.get(tag)
  if (!f) {
    f = new Intl.NumberFormat(tag, {
      style: "currency",
      currency: "CNY",
      currencyDisplay: "narrowSymbol",
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    })
    formatters.set(tag, f)
  }
  return f.format(typeof amount === "number" && Number.isFinite(amount) ? amount : 0)
}

/** Compact figure for counters: 1.2万 / 12.3k style. */
export function formatCompactCNY(amount: number, locale: Locale | string = "zh"): string {
  const tag = locale === "en" ? "en-US" : "zh-CN"
  return new Intl.NumberFormat(tag, {
    style: "currency",
    currency: "CNY",
    currencyDisplay: "narrowSymbol",
    notation: "compact",
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(amount)
}

/** Parses a user-typed price ("12", "12.5", "") to a non-negative number or undefined. */
export function parsePrice(value: string | null | undefined): number | undefined {
  if (value == null || value.trim() === "") return undefined
  const n = Number(value)
  return Number.isFinite(n) && n >= 0 ? n : undefined
}

/**
 * Integer fen (the kiosk API's unit) as exact yuan, ¥1,234.56 / -¥1.50, without floating point; both
 * locales write it the same way.
 */
export function formatFen(fen: number, _locale?: Locale | string): string {
  return formatYuan(fen)
}

export { parseYuanToFen }
