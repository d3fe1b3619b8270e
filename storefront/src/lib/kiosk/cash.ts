/** Change due for a cash payment in fen; `short` is what is still missing when too little was handed over. */
export function cashChange(total: number, tendered: number): { change: number; short: number } {
  return tendered >= total ? { change: tendered - total, short: 0 } : { change: 0, short: total - tendered }
}

const NOTES = [1000, 2000, 5000, 10000] // ¥10, ¥20, ¥50, ¥100

/** The exact amount and the banknote totals a customer is likely to hand over, smallest first. */
export function quickTenders(total: number): number[] {
  const out = new Set<number>([total])
  for (const note of NOTES) {
    const rounded = Math.ceil(total / note) * note
    if (rounded > total) out.add(rounded)
  }
  return [...out].sort((a, b) => a - b).slice(0, 4)
}

/** Counted minus expected: positive is a surplus in the drawer, negative a shortfall. */
export function discrepancy(expected: number, counted: number): number {
  return counted - expected
}
