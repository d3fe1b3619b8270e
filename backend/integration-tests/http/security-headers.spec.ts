import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { storefront } from "../helpers/actors"
import { settle } from "../helpers/http"

jest.setTimeout(240_000)

const API_CSP = "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("sends the security headers on the API's answers, errors included, and the console's CSP under /console", async () => {
      const shop = await storefront(getContainer())
      const answers = {
        "GET /store/products": await settle(api.get("/store/products", shop.headers)),
        "GET /store/products (no key)": await settle(api.get("/store/products")),
        "GET /kiosk/device": await settle(api.get("/kiosk/device")),
        "GET /officials/me": await settle(api.get("/officials/me")),
        "POST /hooks/payment/stripe_stripe": await settle(api.post("/hooks/payment/stripe_stripe", {})),
      }
      for (const [call, res] of Object.entries(answers)) {
        expect({ call, csp: res.headers["content-security-policy"], nosniff: res.headers["x-content-type-options"], frame: res.headers["x-frame-options"], referrer: res.headers["referrer-policy"], hsts: res.headers["strict-transport-security"] }).toEqual({
          call,
          csp: API_CSP,
          nosniff: "nosniff",
          frame: "DENY",
          referrer: "strict-origin-when-cross-origin",
          // NODE_ENV is test: no HSTS (securityHeaders' unit test covers production)
          hsts: undefined,
        })
      }
      // Express's own 404 page sets its CSP, the rest is ours.
      const nowhere = await settle(api.get("/nowhere"))
      expect([nowhere.status, nowhere.headers["x-content-type-options"], nowhere.headers["x-frame-options"]]).toEqual([404, "nosniff", "DENY"])
      const consoleApp = await settle(api.get("/console/"))
      expect(consoleApp.headers["content-security-policy"]).toMatch(/^default-src 'self';script-src 'self';style-src 'self';/)
      expect(consoleApp.headers["x-content-type-options"]).toBe("nosniff")
    })
  },
})
