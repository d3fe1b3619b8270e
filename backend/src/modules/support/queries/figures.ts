import type { Figures } from "@onecounty/contracts/officials"

export type { Figures }

/** SQL sums over tally rows; money in fen. */
export const FIGURES_SQL = `
  coalesce(sum(sale_fen + reduction_fen) filter (where counts_toward_target), 0)::bigint as actual_fen,
  coalesce(sum(sale_fen + reduction_fen) filter (where not counts_toward_target), 0)::bigint as uncounted_fen,
  coalesce(sum(sale_fen), 0)::bigint as gross_fen,
  coalesce(sum(reduction_fen), 0)::bigint as reductions_fen,
  coalesce(sum(sale_fen + reduction_fen), 0)::bigint as net_fen,
  coalesce(sum(sale_fen + reduction_fen) filter (where certified), 0)::bigint as certified_fen`

const FIGURE_KEYS: (keyof Figures)[] = ["actual_fen", "uncounted_fen", "gross_fen", "reductions_fen", "net_fen", "certified_fen"]

export const ZERO: Figures = { actual_fen: 0, uncounted_fen: 0, gross_fen: 0, reductions_fen: 0, net_fen: 0, certified_fen: 0 }

/** bigint columns arrive as strings; fen totals stay far below 2^53. */
export function toFigures(row: Record<string, unknown> | undefined): Figures {
  return Object.fromEntries(FIGURE_KEYS.map((k) => [k, Number(row?.[k] ?? 0)])) as Figures
}

/** A ratio rounded to 0.01 %, or null when there is nothing to divide by. */
export const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10000) / 10000)
