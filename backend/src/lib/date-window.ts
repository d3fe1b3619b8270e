export type DateWindow = { valid_from: Date; valid_to: Date | null }

/** Half-open windows [from, to); an open end (null) runs forever. */
export function windowsOverlap(a: DateWindow, b: DateWindow): boolean {
  const aEnd = a.valid_to?.getTime() ?? Infinity
  const bEnd = b.valid_to?.getTime() ?? Infinity
  return a.valid_from.getTime() < bEnd && b.valid_from.getTime() < aEnd
}

export function windowContains(window: DateWindow, at: Date): boolean {
  return window.valid_from <= at && (window.valid_to === null || at < window.valid_to)
}
