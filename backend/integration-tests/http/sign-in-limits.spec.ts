import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../helpers/actors"
import { settle } from "../helpers/http"

jest.setTimeout(240_000)

/** Password guessing at /auth/:actor/emailpass: a burst is cut off, and the right password then waits too. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const signIn = (email: string, password: string) => settle(api.post("/auth/official/emailpass", { email, password }))

    beforeEach(async () => {
      const admin = await adminHeaders(getContainer())
      for (const email of ["target@gov.test", "bystander@gov.test"]) {
        await api.post("/admin/reporting/officials", { email, name: email, password: "s3cret-pass" }, admin)
      }
    })

    it("evaluates at most 10 guesses of one account from one address, then refuses even the right password", async () => {
      const burst = await Promise.all(Array.from({ length: 30 }, (_, i) => signIn("target@gov.test", `guess-${i}`)))
      const statuses = burst.map((r) => r.status)
      expect(statuses.filter((s) => s === 401)).toHaveLength(10)
      expect(statuses.filter((s) => s === 429)).toHaveLength(20)
      const refused = burst.find((r) => r.status === 429)!
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)

      expect((await signIn("target@gov.test", "s3cret-pass")).status).toBe(429)
      // another account from the same address is not locked with it
      expect((await signIn("bystander@gov.test", "s3cret-pass")).status).toBe(200)
    })

    it("forgets earlier mistakes after a successful sign-in", async () => {
      // (the limits live on between tests: the other test locked target@gov.test)
      for (let i = 0; i < 9; i++) {
        expect((await signIn("bystander@gov.test", "wrong")).status).toBe(401)
      }
      expect((await signIn("bystander@gov.test", "s3cret-pass")).status).toBe(200)
      for (let i = 0; i < 9; i++) {
        expect((await signIn("bystander@gov.test", "wrong")).status).toBe(401)
      }
      expect((await signIn("bystander@gov.test", "s3cret-pass")).status).toBe(200)
    })
  },
})
