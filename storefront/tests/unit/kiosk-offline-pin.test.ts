import "fake-indexeddb/auto"
import { afterEach, describe, expect, it } from "vitest"
import { kvGet, openKioskDb, type KioskDb } from "@/lib/kiosk/db"
import { cacheOfflinePin, LOCK_MS, OFFLINE_VALIDITY_MS, offlineLogin, PBKDF2_ITERATIONS, type OfflinePinRecord } from "@/lib/kiosk/offline-pin"
import type { ClerkSession } from "@/lib/kiosk/types"

let n = 0
const dbs: KioskDb[] = []
async function freshDb() {
  const db = await openKioskDb(`kiosk-offline-pin-${Date.now()}-${n++}`)
  dbs.push(db)
  return db
}
afterEach(() => dbs.splice(0).forEach((db) => db.close()))

const T0 = Date.parse("2026-12-01T00:00:00Z")
const online: ClerkSession = { token: "jwt", clerk: { id: "clk_1", name: "王芳", role: "clerk" }, expires_at: "2026-12-01T12:00:00Z" }
// Few iterations keep the tests fast; the app uses PBKDF2_ITERATIONS (checked below).
const fast = { now: T0, iterations: 1_000 }

describe("offline PIN login", () => {
  it("stores a salted PBKDF2 hash, never the PIN, with a fresh salt each online login", async () => {
    const db = await freshDb()
    await cacheOfflinePin(db, online, "ctr_1", "4321", { now: T0 })
    const first = (await kvGet<OfflinePinRecord>(db, "offline-pin:clk_1"))!
    expect(first.iterations).toBe(PBKDF2_ITERATIONS)
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000)
    expect(JSON.stringify(first)).not.toContain("4321")
    expect(first.valid_until).toBe(T0 + OFFLINE_VALIDITY_MS)
    await cacheOfflinePin(db, online, "ctr_1", "4321", fast)
    const second = (await kvGet<OfflinePinRecord>(db, "offline-pin:clk_1"))!
    expect(second.salt).not.toBe(first.salt)
    expect(second.hash).not.toBe(first.hash)
  })

  it("lets the right PIN in as an offline session of that clerk, refuses a wrong one, another counter or an unknown clerk", async () => {
    const db = await freshDb()
    await cacheOfflinePin(db, online, "ctr_1", "4321", fast)
    const ok = await offlineLogin(db, "clk_1", "ctr_1", "4321", { now: T0 + 20 * 3_600_000 })
    expect(ok).toEqual({ ok: true, session: { token: "", offline: true, clerk: online.clerk, expires_at: new Date(T0 + 32 * 3_600_000).toISOString() } })
    expect(await offlineLogin(db, "clk_1", "ctr_1", "1234", { now: T0 })).toEqual({ ok: false, reason: "wrong", attempts_left: 4 })
    expect(await offlineLogin(db, "clk_1", "ctr_2", "4321", { now: T0 })).toEqual({ ok: false, reason: "none" })
    expect(await offlineLogin(db, "clk_2", "ctr_1", "4321", { now: T0 })).toEqual({ ok: false, reason: "none" })
  })

  it("works for 72 h after the online login and is refused after, the session never outliving the record", async () => {
    const db = await freshDb()
    await cacheOfflinePin(db, online, "ctr_1", "4321", fast)
    const late = await offlineLogin(db, "clk_1", "ctr_1", "4321", { now: T0 + OFFLINE_VALIDITY_MS - 60_000 })
    expect(late.ok && late.session.expires_at).toBe(new Date(T0 + OFFLINE_VALIDITY_MS).toISOString())
    expect(await offlineLogin(db, "clk_1", "ctr_1", "4321", { now: T0 + OFFLINE_VALIDITY_MS })).toEqual({
      ok: false,
      reason: "expired",
      valid_until: T0 + OFFLINE_VALIDITY_MS,
    })
  })

  it("locks the clerk on the device for 15 min after 5 wrong PINs, across reopening the database; a right PIN resets the count", async () => {
    const name = `kiosk-offline-lock-${Date.now()}`
    let db = await openKioskDb(name)
    await cacheOfflinePin(db, online, "ctr_1", "4321", fast)
    for (const left of [4, 3]) expect(await offlineLogin(db, "clk_1", "ctr_1", "0000", { now: T0 })).toEqual({ ok: false, reason: "wrong", attempts_left: left })
    expect((await offlineLogin(db, "clk_1", "ctr_1", "4321", { now: T0 })).ok).toBe(true)
    for (const left of [4, 3, 2, 1]) expect(await offlineLogin(db, "clk_1", "ctr_1", "0000", { now: T0 })).toEqual({ ok: false, reason: "wrong", attempts_left: left })
    db.close()
    db = await openKioskDb(name)
    dbs.push(db)
    expect(await offlineLogin(db, "clk_1", "ctr_1", "0000", { now: T0 })).toEqual({ ok: false, reason: "locked", locked_until: T0 + LOCK_MS })
    // Locked: the right PIN is refused too.
    expect(await offlineLogin(db, "clk_1", "ctr_1", "4321", { now: T0 + LOCK_MS - 1 })).toEqual({ ok: false, reason: "locked", locked_until: T0 + LOCK_MS })
    expect((await offlineLogin(db, "clk_1", "ctr_1", "4321", { now: T0 + LOCK_MS })).ok).toBe(true)
  })
})
