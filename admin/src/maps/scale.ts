// How a county's figures become a point: its area follows counted sales, its colour completion of
// target (the treemap's scale, so the two read alike).
export const COMPLETION_LEGEND = [
  { min: 1, colour: "#047857", zh: "≥100%", en: "≥100%" },
  { min: 0.75, colour: "#10b981", zh: "75–100%", en: "75–100%" },
  { min: 0.5, colour: "#facc15", zh: "50–75%", en: "50–75%" },
  { min: 0, colour: "#f97316", zh: "<50%", en: "<50%" },
] as const
export const NO_TARGET = "#94a3b8"

export function completionColour(completion: number | null | undefined): string {
  if (completion === null || completion === undefined) return NO_TARGET
  return COMPLETION_LEGEND.find((b) => completion >= b.min)?.colour ?? NO_TARGET
}

/** Symbol diameter in px: 5 for nothing sold, up to 30 for the largest county (area ∝ sales). */
export function pointSize(actualFen: number, maxFen: number): number {
  if (actualFen <= 0 || maxFen <= 0) return 5
  return Math.round(6 + 24 * Math.sqrt(actualFen / maxFen))
}
