import { DateTime } from "luxon"
import { monthsBetween } from "../../modules/support/queries/rebuild-tallies"
import { Batcher } from "../queue/batcher"
import { businessDate, dailyCronAtShanghai, shanghaiRange, shanghaiYesterday } from "../shanghai-date"

describe("Batcher", () => {
  it("processes concurrent keys together and tells each caller its own outcome", async () => {
    const batches: string[][] = []
    const batcher = new Batcher(
      async (keys) => {
        batches.push(keys)
        return new Map(keys.filter((k) => k === "bad").map((k) => [k, new Error(`${k} failed`)]))
      },
      3,
      10_000
    )
    const results = await Promise.allSettled(["a", "bad", "a", "b"].map((k) => batcher.add(k)))
    expect(batches).toEqual([["a", "bad", "b"]])
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled", "fulfilled"])
  })

  it("flushes a partial batch after the wait and fails every caller when the batch throws", async () => {
    const batcher = new Batcher(async () => Promise.reject(new Error("database down")), 100, 5)
    await expect(Promise.all([batcher.add("x"), batcher.add("y")])).rejects.toThrow("database down")
  })
})

describe("Shanghai dates", () => {
  it("buckets instants by the calendar day in Shanghai", () => {
    expect(businessDate(new Date("2021-12-31T15:59:59Z"))).toEqual({ date: "2021-12-31", year: 2021, month: 12 })
    expect(businessDate(new Date("2021-12-31T16:00:00Z"))).toEqual({ date: "2022-01-01", year: 2022, month: 1 })
  })

  it("agrees with the time-zone database, daylight saving of 1986–1991 included", () => {
    const zoned = (at: Date) => {
      const local = DateTime.fromJSDate(at, { zone: "Asia/Shanghai" })
      return { date: local.toISODate(), year: local.year, month: local.month }
    }
    // summer time (UTC+9) in 1991, the last second of it on the fast path's threshold, then an
    // instant about every three and a half days from 1985 to 2040
    const instants = [new Date("1991-06-30T16:30:00Z"), new Date("1991-12-31T15:59:59Z"), new Date("1991-12-31T16:00:00Z")]
    for (let t = Date.UTC(1985, 0, 1); t < Date.UTC(2040, 0, 1); t += 97 * 60_000 * 53) {
      instants.push(new Date(t))
    }
    for (const at of instants) {
      expect(businessDate(at)).toEqual(zoned(at))
    }
  })

  it("turns inclusive Shanghai days into an instant range", () => {
    const { start, end } = shanghaiRange("2022-01-01", "2022-01-31")
    expect(start.toISOString()).toBe("2021-12-31T16:00:00.000Z")
    expect(end.toISOString()).toBe("2022-01-31T16:00:00.000Z")
    expect(shanghaiYesterday(new Date("2022-03-01T17:00:00Z"))).toBe("2022-03-01")
  })

  it("writes 02:00 Shanghai as a cron in the server's zone", () => {
    expect(dailyCronAtShanghai(2, 0, "UTC")).toBe("0 18 * * *")
    expect(dailyCronAtShanghai(2, 0, "Asia/Shanghai")).toBe("0 2 * * *")
    expect(dailyCronAtShanghai(2, 0, "Asia/Kolkata")).toBe("30 23 * * *")
  })

  it("lists the months a range touches", () => {
    expect(monthsBetween("2021-11-15", "2022-02-01")).toEqual([
      [2021, 11],
      [2021, 12],
      [2022, 1],
      [2022, 2],
    ])
  })
})
