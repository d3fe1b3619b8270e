import { describe, expect, it } from "vitest"
import { addDays, shanghaiDay, shanghaiRange, shanghaiToday, shanghaiYesterday, startOfShanghaiDay } from "../shanghai-day"

describe("shanghaiDay", () => {
  it("turns to the next day at 16:00 UTC", () => {
    expect(shanghaiDay(new Date("2026-03-14T15:59:59.999Z")).date).toBe("2026-03-14")
    expect(shanghaiDay(new Date("2026-03-14T16:00:00.000Z")).date).toBe("2026-03-15")
  })
  it("rolls months and years over in Shanghai, not UTC", () => {
    expect(shanghaiDay(new Date("2025-12-31T16:00:00Z"))).toEqual({ date: "2026-01-01", year: 2026, month: 1 })
    expect(shanghaiDay(new Date("2025-12-31T15:59:59Z"))).toEqual({ date: "2025-12-31", year: 2025, month: 12 })
    expect(shanghaiDay(new Date("2024-02-28T16:00:00Z")).date).toBe("2024-02-29")
  })
  it("accepts epoch milliseconds", () => {
    expect(shanghaiToday(Date.UTC(2026, 0, 1, 0, 0))).toBe("2026-01-01")
  })
  it("follows China's daylight saving time before 1992", () => {
    // 1990-07-01 was in daylight saving (UTC+9): 15:30 UTC is 00:30 the next day
    expect(shanghaiDay(new Date("1990-07-01T15:30:00Z")).date).toBe("1990-07-02")
    expect(shanghaiDay(new Date("1990-01-01T15:30:00Z")).date).toBe("1990-01-01")
  })
  it("refuses an invalid instant", () => {
    expect(() => shanghaiDay(new Date("nonsense"))).toThrow(/invalid instant/)
  })
})

describe("Shanghai day ranges", () => {
  it("starts a day at 16:00 UTC the day before", () => {
    expect(startOfShanghaiDay("2026-03-15").toISOString()).toBe("2026-03-14T16:00:00.000Z")
  })
  it("covers from and to inclusive, over a year end", () => {
    const { start, end } = shanghaiRange("2025-12-31", "2026-01-01")
    expect(start.toISOString()).toBe("2025-12-30T16:00:00.000Z")
    expect(end.toISOString()).toBe("2026-01-01T16:00:00.000Z")
  })
  it("uses the daylight saving offset before 1992", () => {
    expect(startOfShanghaiDay("1990-07-02").toISOString()).toBe("1990-07-01T15:00:00.000Z")
  })
  it("refuses dates that do not exist", () => {
    expect(() => shanghaiRange("2026-02-30", "2026-03-01")).toThrow(/invalid date/)
    expect(() => startOfShanghaiDay("2026-3-1")).toThrow(/invalid date/)
  })
  it("counts days back over month ends", () => {
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28")
    expect(shanghaiYesterday(new Date("2026-03-01T16:30:00Z"))).toBe("2026-03-01")
    expect(shanghaiYesterday(new Date("2026-03-01T15:30:00Z"))).toBe("2026-02-28")
  })
})
