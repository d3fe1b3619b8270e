import { describe, expect, it } from "vitest"
import { daysLeft, pacePerDay, shanghaiToday } from "../../src/lib/shanghai"

describe("Shanghai calendar", () => {
  it("reads today in Asia/Shanghai, not UTC", () => {
    // 16:30 UTC on 31 December is already 1 January in Shanghai (UTC+8)
    expect(shanghaiToday(new Date("2025-12-31T16:30:00Z"))).toEqual([2026, 1, 1])
    expect(shanghaiToday(new Date("2025-12-31T15:59:00Z"))).toEqual([2025, 12, 31])
  })

  it("counts the days left in the year, today included", () => {
    expect(daysLeft(2025, new Date("2025-12-31T10:00:00Z"))).toBe(1)
    expect(daysLeft(2025, new Date("2025-12-31T16:30:00Z"))).toBe(0)
    expect(daysLeft(2026, new Date("2025-12-31T16:30:00Z"))).toBe(365)
    expect(daysLeft(2024, new Date("2023-06-01T00:00:00Z"))).toBe(366)
  })

  it("spreads what is missing over the days left, in whole fen", () => {
    expect(pacePerDay(400, 1000, 3)).toBe(200)
    expect(pacePerDay(0, 1000, 3)).toBe(334)
    expect(pacePerDay(2000, 1000, 3)).toBe(0)
    expect(pacePerDay(0, null, 3)).toBeNull()
    expect(pacePerDay(0, 1000, 0)).toBeNull()
  })
})
