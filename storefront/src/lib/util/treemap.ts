/** Squarified treemap (Bruls, Huizing & van Wijk): rectangles with areas proportional to values. */
export type Rect = { x: number; y: number; w: number; h: number }
export type Tile<T> = Rect & { item: T }

function worst(row: number[], side: number): number {
  const sum = row.reduce((a, b) => a + b, 0)
  if (sum === 0) return Infinity
  const max = Math.max(...row)
  const min = Math.min(...row)
  const s2 = side * side
  const sum2 = sum * sum
  return Math.max((s2 * max) / sum2, sum2 / (s2 * min))
}

/**
 * Lays `items` out in `bounds`. Items with value ≤ 0 get `minValue` so that every county stays
 * visible and clickable. Order is kept stable for equal values (largest first).
 */
export function squarify<T>(items: T[], value: (t: T) => number, bounds: Rect, minValue = 0.5): Tile<T>[] {
  const weighted = items
    .map((item, i) => ({ item, v: Math.max(value(item), minValue), i }))
    .sort((a, b) => b.v - a.v || a.i - b.i)
  const total = weighted.reduce((s, x) => s + x.v, 0)
  if (!weighted.length || total <= 0 || bounds.w <= 0 || bounds.h <= 0) return []
  const scale = (bounds.w * bounds.h) / total
  const areas = weighted.map((x) => x.v * scale)
  const out: Tile<T>[] = []
  let rect = { ...bounds }
  let i = 0
  while (i < areas.length) {
    const side = Math.min(rect.w, rect.h)
    const row: number[] = [areas[i]!]
    let j = i + 1
    while (j < areas.length && worst([...row, areas[j]!], side) <= worst(row, side)) {
      row.push(areas[j]!)
      j++
    }
    const rowSum = row.reduce((a, b) => a + b, 0)
    if (rect.w >= rect.h) {
      // a column on the left
      const colW = rowSum / rect.h
      let y = rect.y
      row.forEach((a, k) => {
        const h = a / colW
        out.push({ x: rect.x, y, w: colW, h, item: weighted[i + k]!.item })
        y += h
      })
      rect = { x: rect.x + colW, y: rect.y, w: rect.w - colW, h: rect.h }
    } else {
      // a row on top
      const rowH = rowSum / rect.w
      let x = rect.x
      row.forEach((a, k) => {
        const w = a / rowH
        out.push({ x, y: rect.y, w, h: rowH, item: weighted[i + k]!.item })
        x += w
      })
      rect = { x: rect.x, y: rect.y + rowH, w: rect.w, h: rect.h - rowH }
    }
    i = j
  }
  return out
}

/** Shrinks a rectangle by `pad` on every side (never below zero). */
export function inset(r: Rect, pad: number): Rect {
  return { x: r.x + pad, y: r.y + pad, w: Math.max(0, r.w - 2 * pad), h: Math.max(0, r.h - 2 * pad) }
}

/** Cuts a label to what fits in `width` at `fontSize` (CJK glyphs are about 1em wide, Latin ≈ 0.56em). */
export function fitLabel(text: string, width: number, fontSize: number): string {
  const room = width - 10
  let used = 0
  let out = ""
  for (const ch of text) {
    const w = /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? fontSize : fontSize * 0.56
    if (used + w > room) return out.length ? `${out.replace(/\s+$/, "")}…` : ""
    used += w
    out += ch
  }
  return out
}
