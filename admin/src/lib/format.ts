// Money arrives in integer fen and is shown in yuan, by the shared helpers of @onecounty/contracts:
// exact amounts are built from the integer, so a table cell equals the export's *_yuan column;
// compact amounts (万/亿, K/M/B) are for headlines only.
export {
  fenToYuan,
  formatCompactYuan as formatCompact,
  formatYuan as formatMoney,
  type MoneyLang as Lang,
} from "@onecounty/contracts/money"

/** A ratio as a percentage with two decimals; "—" when there is none (no target, nothing sold). */
export function formatPercent(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined ? "—" : `${(ratio * 100).toFixed(2)}%`
}

/** Year-on-year change with its sign: +12.50% / -3.00%. */
export function formatChange(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined) return "—"
  return `${ratio > 0 ? "+" : ""}${(ratio * 100).toFixed(2)}%`
}
