// The server's PIN lockout, which the kiosk's login screen only reports (storefront
// tests/unit/kiosk-login.test.tsx mocks the API): a lock lasts 15 minutes and no longer, and a
// right PIN clears the wrong ones counted before it.
import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../helpers/actors"
import { settle } from "../helpers/http"
import { useOwnReportingQueue } from "../reporting/fixtures"
import { createKioskWorld, PINS, type KioskWorld } from "./fixtures"

jest.setTimeout(240_000)

useOwnReportingQueue()

type Headers = { headers: Record<string, string> }

// Only Date moves: the server's timers, sockets and database keep real time.
const REAL_TIMERS = [
  "hrtime", "nextTick", "performance", "queueMicrotask", "requestAnimationFrame", "cancelAnimationFrame",
  "requestIdleCallback", "cancelIdleCallback", "setImmediate", "clearImmediate", "setInterval", "clearInterval",
  "setTimeout", "clearTimeout",
] as const

/** Runs `fn` with the process's clock (the API's, which is in this process) set to `at`. */
async function at<T>(when: Date, fn: () => Promise<T>): Promise<T> {
  jest.useFakeTimers({ now: when, doNotFake: [...REAL_TIMERS] })
  try {
    return await fn()
  } finally {
    jest.useRealTimers()
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let world: KioskWorld
    let dev: Headers

    const pin = (value: string) => settle(api.post("/kiosk/auth/pin", { clerk_id: world.clerks.aClerk, pin: value }, dev))

    beforeEach(async () => {
      container = getContainer()
      world = await createKioskWorld(container)
      const code = await settle(api.post(`/admin/counters/${world.a.id}/setup-codes`, {}, await adminHeaders(container)))
      const registered = await settle(api.post("/kiosk/devices", { code: code.data.setup_code.code }, { headers: {} }))
      expect(registered.status).toBe(201)
      dev = { headers: { "x-kiosk-device": registered.data.device_token } }
    })

    it("keeps a clerk locked for 15 minutes after 5 wrong PINs, then lets the right PIN in", async () => {
      for (let i = 0; i < 4; i++) {
        expect((await pin("0000")).status).toBe(401)
      }
      const locked = await pin("0000")
      expect(locked.status).toBe(429)
      const lockedAt = Date.now()

      const almost = await at(new Date(lockedAt + 15 * 60_000 - 5_000), () => pin(PINS.clerk))
      expect([almost.status, almost.data.type]).toEqual([429, "locked"])

      const after = await at(new Date(lockedAt + 15 * 60_000 + 5_000), () => pin(PINS.clerk))
      expect(after.status).toBe(200)
      expect(after.data.clerk).toMatchObject({ id: world.clerks.aClerk })
    })

    it("starts counting wrong PINs afresh after a right one", async () => {
      for (let i = 0; i < 4; i++) {
        expect((await pin("0000")).status).toBe(401)
      }
      expect((await pin(PINS.clerk)).status).toBe(200)

      // four more wrong PINs are again warnings, not a lock
      const attemptsLeft: number[] = []
      for (let i = 0; i < 4; i++) {
        const wrong = await pin("0000")
        expect(wrong.status).toBe(401)
        attemptsLeft.push(wrong.data.attempts_left)
      }
      expect(attemptsLeft).toEqual([4, 3, 2, 1])
      expect((await pin(PINS.clerk)).status).toBe(200)
    })
  },
})
