import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../helpers/actors"
import { settle } from "../helpers/http"

jest.setTimeout(240_000)

/**
 * The console signs in with Medusa's session auth: the token is exchanged for an httpOnly,
 * SameSite=Strict cookie, and writes under /officials need the session's CSRF token besides.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const csv = "year,level,scope_code,amount_yuan\n2025,all,,1000\n"
    const preview = "/officials/targets/import/preview"

    const signIn = async () => {
      const admin = await adminHeaders(getContainer())
      await api.post(
        "/admin/reporting/officials",
        { email: "editor@gov.test", name: "Editor", password: "s3cret-pass", can_edit_targets: true },
        admin
      )
      const { data } = await api.post("/auth/official/emailpass", { email: "editor@gov.test", password: "s3cret-pass" })
      const session = await api.post("/auth/session", {}, { headers: { authorization: `Bearer ${data.token}` } })
      const setCookie = ([] as string[]).concat(session.headers["set-cookie"] ?? [])
      return { token: data.token as string, setCookie, cookie: setCookie.map((c) => c.split(";")[0]).join("; ") }
    }

    it("keeps the session in an httpOnly, SameSite=Strict cookie", async () => {
      const { setCookie, cookie } = await signIn()
      expect(setCookie).toEqual([expect.stringMatching(/^connect\.sid=.*; HttpOnly; SameSite=Strict$/)])
      const me = await api.get("/officials/me", { headers: { cookie } })
      expect(me.data.official.email).toBe("editor@gov.test")
      expect(me.data.csrf_token).toMatch(/^[0-9a-f]{64,}$/)
    })

    it("refuses a cookie-borne write without the session's CSRF token", async () => {
      const { cookie } = await signIn()
      const missing = await settle(api.post(preview, { csv }, { headers: { cookie } }))
      expect(missing.status).toBe(403)
      expect(missing.data.message).toMatch(/^x-csrf-token: /)
      const wrong = await settle(api.post(preview, { csv }, { headers: { cookie, "x-csrf-token": "0".repeat(256) } }))
      expect(wrong.status).toBe(403)

      const { csrf_token } = (await api.get("/officials/me", { headers: { cookie } })).data
      const ok = await settle(api.post(preview, { csv }, { headers: { cookie, "x-csrf-token": csrf_token } }))
      expect(ok.status).toBe(200)
      expect(ok.data).toMatchObject({ valid: true, create: 1 })
    })

    it("asks no CSRF token of a bearer token, which a browser never sends on its own", async () => {
      const { token } = await signIn()
      const me = await api.get("/officials/me", { headers: { authorization: `Bearer ${token}` } })
      expect(me.data.csrf_token).toBeNull()
      const ok = await settle(api.post(preview, { csv }, { headers: { authorization: `Bearer ${token}` } }))
      expect(ok.status).toBe(200)
    })

    it("signs out by deleting the session", async () => {
      const { cookie } = await signIn()
      expect((await settle(api.get("/officials/me", { headers: { cookie } }))).status).toBe(200)
      await api.delete("/auth/session", { headers: { cookie } })
      expect((await settle(api.get("/officials/me", { headers: { cookie } }))).status).toBe(401)
    })
  },
})
