import { describe, expect, it } from "vitest"
import { inset, squarify } from "@/lib/util/treemap"

describe("squarify", () => {
  const bounds = { x: 0, y: 0, w: 600, h: 400 }
  const items = [6, 6, 4, 3, 2, 2, 1].map((v, i) => ({ id: i, v }))
  const tiles = squarify(items, (t) => t.v, bounds)

  it("gives every item a tile with an area proportional to its value", () => {
    expect(tiles).toHaveLength(items.length)
    const total = items.reduce((s, i) => s + i.v, 0)
    for (const t of tiles) expect(t.w * t.h).toBeCloseTo((t.item.v / total) * 600 * 400, 6)
  })
  it("keeps tiles inside the bounds without overlap", () => {
    for (const t of tiles) {
      expect(t.x).toBeGreaterThanOrEqual(-1e-9)
      expect(t.y).toBeGreaterThanOrEqual(-1e-9)
      expect(t.x + t.w).toBeLessThanOrEqual(600 + 1e-6)
      expect(t.y + t.h).toBeLessThanOrEqual(400 + 1e-6)
    }
    for (let i = 0; i < tiles.length; i++)
      for (let j = i + 1; j < tiles.length; j++) {
        const a = tiles[i]!
        const b = tiles[j]!
        const ox = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)
        const oy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)
        expect(ox <= 1e-6 || oy <= 1e-6).toBe(true)
      }
  })
  it("keeps zero-valued items visible with the minimum value", () => {
    const t = squarify([{ v: 0 }, { v: 10 }], (x) => x.v, bounds, 1)
    expect(t.every((x) => x.w > 0 && x.h > 0)).toBe(true)
  })
  it("returns nothing for empty input or empty bounds", () => {
    expect(squarify([], () => 1, bounds)).toEqual([])
    expect(squarify([{ v: 1 }], (x) => x.v, { x: 0, y: 0, w: 0, h: 10 })).toEqual([])
  })
  it("insets", () => {
    expect(inset({ x: 0, y: 0, w: 10, h: 4 }, 3)).toEqual({ x: 3, y: 3, w: 4, h: 0 })
  })
})

describe("fitLabel", () => {
  it("keeps labels that fit and cuts the others with an ellipsis", async () => {
    const { fitLabel } = await import("@/lib/util/treemap")
    expect(fitLabel("澜沧县", 80, 13)).toBe("澜沧县")
    expect(fitLabel("禄劝彝族苗族自治县", 80, 13)).toBe("禄劝彝族苗…")
    expect(fitLabel("Shache", 80, 13)).toBe("Shache")
    expect(fitLabel("Luquan Yi and Miao Autonomous County", 80, 13)).toMatch(/^Luquan Yi( a)?…$/)
    expect(fitLabel("县", 5, 13)).toBe("")
  })
})
