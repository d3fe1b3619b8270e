import { randomUUID } from "node:crypto"
import { readdirSync } from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  adminHeaders,
  clerkHeaders,
  customerHeaders,
  deviceHeaders,
  officialHeaders,
  storefront,
  type ActorHeaders,
} from "../helpers/actors"
import { settle } from "../helpers/http"
import { createKioskWorld, PINS, PRICE_FEN, type KioskWorld } from "../kiosk/fixtures"

jest.setTimeout(300_000)

const API_DIR = path.resolve(__dirname, "../../src/api")
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const
const ACTORS = ["anonymous", "customer", "operator", "clerk", "device", "official"] as const
type Actor = (typeof ACTORS)[number]

/**
 * What each actor gets from each route the project adds (every `route.ts` under src/api and each
 * HTTP method it exports), in the order of ACTORS:
 *   anonymous  only the publishable key (which every actor sends, as a storefront would)
 *   customer   a signed-in shop customer
 *   operator   a Medusa admin user
 *   clerk      a clerk of counter B on B's device, asking for counter A's sale / cash session
 *   device     B's device without a clerk
 *   official   a 嘉定区 official who may set targets, asking the reports for 宝山区's figures
 * "ok" is anything but 401, 403 and 5xx (400 for the empty body, 404 for an id of nothing, 200);
 * a number must be exactly that status. A route without a row fails the test: add one (and a row
 * without a route too: remove it).
 */
const ADMIN = "401 401 ok 401 401 401"
const CLERK = "401 401 401 ok 401 401"
const DEVICE = "401 401 401 ok ok 401"
const OFFICIAL = "401 401 401 401 401 ok"
const PUBLIC = "ok ok ok ok ok ok"
const EXPECTED: Record<string, string> = {
  "GET /admin/counters": ADMIN,
  "POST /admin/counters": ADMIN,
  "GET /admin/counters/:id": ADMIN,
  "POST /admin/counters/:id": ADMIN,
  "DELETE /admin/counters/:id": ADMIN,
  "GET /admin/counters/:id/clerks": ADMIN,
  "POST /admin/counters/:id/clerks": ADMIN,
  "POST /admin/counters/:id/clerks/:clerk_id": ADMIN,
  "GET /admin/counters/:id/devices": ADMIN,
  "POST /admin/counters/:id/devices/:device_id/revoke": ADMIN,
  "GET /admin/counters/:id/sales": ADMIN,
  "POST /admin/counters/:id/setup-codes": ADMIN,
  "GET /admin/origins/certifications": ADMIN,
  "POST /admin/origins/certifications": ADMIN,
  "GET /admin/origins/certifications/:id": ADMIN,
  "POST /admin/origins/certifications/:id": ADMIN,
  "DELETE /admin/origins/certifications/:id": ADMIN,
  "GET /admin/origins/counties": ADMIN,
  "POST /admin/origins/counties": ADMIN,
  "GET /admin/origins/counties/:id": ADMIN,
  "POST /admin/origins/counties/:id": ADMIN,
  "GET /admin/origins/pairings": ADMIN,
  "POST /admin/origins/pairings": ADMIN,
  "GET /admin/origins/pairings/:id": ADMIN,
  "POST /admin/origins/pairings/:id": ADMIN,
  "DELETE /admin/origins/pairings/:id": ADMIN,
  "GET /admin/origins/suppliers": ADMIN,
  "POST /admin/origins/suppliers": ADMIN,
  "GET /admin/origins/suppliers/:id": ADMIN,
  "POST /admin/origins/suppliers/:id": ADMIN,
  "DELETE /admin/origins/suppliers/:id": ADMIN,
  "GET /admin/partner-codes": ADMIN,
  "POST /admin/partner-codes/:id": ADMIN,
  "GET /admin/partners": ADMIN,
  "POST /admin/partners": ADMIN,
  "GET /admin/partners/:id": ADMIN,
  "POST /admin/partners/:id": ADMIN,
  "DELETE /admin/partners/:id": ADMIN,
  "GET /admin/partners/:id/codes": ADMIN,
  "POST /admin/partners/:id/codes": ADMIN,
  "GET /admin/partners/:id/credentials": ADMIN,
  "POST /admin/partners/:id/credentials": ADMIN,
  "POST /admin/partners/:id/credentials/:credential_id/revoke": ADMIN,
  "POST /admin/partners/:id/credentials/:credential_id/rotate": ADMIN,
  "GET /admin/partners/:id/outlets": ADMIN,
  "POST /admin/partners/:id/outlets": ADMIN,
  "POST /admin/partners/:id/outlets/:outlet_id": ADMIN,
  "DELETE /admin/partners/:id/outlets/:outlet_id": ADMIN,
  "POST /admin/partners/:id/sales/files": ADMIN,
  "POST /admin/products/:id/origin": ADMIN,
  "GET /admin/reporting/attention": ADMIN,
  "POST /admin/reporting/attention/retry": ADMIN,
  // Prometheus reaches it with an operator's secret API key (basic auth): an operator too
  "GET /admin/reporting/metrics": ADMIN,
  "GET /admin/reporting/officials": ADMIN,
  "POST /admin/reporting/officials": ADMIN,
  "DELETE /admin/reporting/officials/:id": ADMIN,
  "GET /admin/reporting/reconciliations": ADMIN,
  "POST /admin/reporting/reconciliations": ADMIN,
  "GET /admin/reporting/reconciliations/:id": ADMIN,
  "GET /admin/reporting/targets": ADMIN,
  "POST /admin/reporting/targets": ADMIN,
  "POST /admin/reporting/targets/import": ADMIN,
  // a setup code is the credential; the route is rate-limited per IP
  "POST /kiosk/devices": PUBLIC,
  "GET /kiosk/device": DEVICE,
  "GET /kiosk/clerks": DEVICE,
  "POST /kiosk/auth/pin": DEVICE,
  "GET /kiosk/catalogue": CLERK,
  "GET /kiosk/sales": CLERK,
  "POST /kiosk/sales": CLERK,
  // counter A's sale and cash session do not exist for B's clerk
  "GET /kiosk/sales/:id": "401 401 401 404 401 401",
  "POST /kiosk/sales/:id/returns": "401 401 401 404 401 401",
  "POST /kiosk/cash-sessions": CLERK,
  "GET /kiosk/cash-sessions/current": CLERK,
  "POST /kiosk/cash-sessions/:id/close": "401 401 401 404 401 401",
  "GET /kiosk/summary": CLERK,
  "GET /officials/freshness": OFFICIAL,
  "GET /officials/me": OFFICIAL,
  "GET /officials/partners": OFFICIAL,
  "GET /officials/partners/:id/lines": OFFICIAL,
  "GET /officials/partners/completeness": OFFICIAL,
  "GET /officials/reconciliations/latest": OFFICIAL,
  "GET /officials/regions": OFFICIAL,
  // asked with ?district=宝山区 (and a year, which they need), not the official's district
  "GET /officials/reports/monthly": "401 401 401 401 401 403",
  "GET /officials/reports/orders": "401 401 401 401 401 403",
  "GET /officials/reports/progress": "401 401 401 401 401 403",
  "GET /officials/reports/rankings": "401 401 401 401 401 403",
  "GET /officials/targets": OFFICIAL,
  "GET /officials/years": OFFICIAL,
  "POST /officials/targets/import": OFFICIAL,
  "POST /officials/targets/import/preview": OFFICIAL,
  // a partner's HMAC signature is the only credential: no session, key or token of any actor passes
  "POST /partners/sales": "401 401 401 401 401 401",
  "POST /partners/sales/files": "401 401 401 401 401 401",
  "GET /store/origins": PUBLIC,
  "GET /store/origins/counties/:code": PUBLIC,
  "GET /store/origins/products": PUBLIC,
  "GET /store/search/products": PUBLIC,
  "GET /store/stats/consumption": PUBLIC,
  // the local file provider's public files (product pictures); a key of nothing is 404
  "GET /uploads/:key": PUBLIC,
}

/** What to put in a path parameter: counter A's records where they exist, else an id of nothing. */
function sampleId(route: string, param: string, method: string, world: KioskWorld, samples: { sale: string; cashSession: string }) {
  // a DELETE that an actor may make must change nothing
  if (method === "DELETE") return `${param}_of_nothing`
  if (route.startsWith("/admin/counters/") && param === "id") return world.a.id
  if (param === "clerk_id") return world.clerks.aClerk
  if (route.startsWith("/kiosk/sales/")) return samples.sale
  if (route.startsWith("/kiosk/cash-sessions/")) return samples.cashSession
  if (param === "code") return "653125"
  return `${param}_of_nothing`
}

/** Every route.ts under src/api as its URL pattern (`[id]` → `:id`) and the methods it exports. */
async function routeTree() {
  const files = (readdirSync(API_DIR, { recursive: true }) as string[]).filter((f) => path.basename(f) === "route.ts").sort()
  const routes: { route: string; methods: string[] }[] = []
  for (const file of files) {
    const route = "/" + path.dirname(file).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, ":$1")).join("/")
    const exported = await import(path.join(API_DIR, file))
    routes.push({ route, methods: METHODS.filter((m) => typeof exported[m] === "function") })
  }
  return routes
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("gives every actor exactly what the table says on every route", async () => {
      const container = getContainer()
      const world = await createKioskWorld(container)
      const { headers: key } = await storefront(container)
      const deviceA = await deviceHeaders(api, container, world.a.id)
      const clerkA = await clerkHeaders(api, deviceA, world.clerks.aClerk, PINS.clerk)
      const sale = await settle(
        api.post(
          "/kiosk/sales",
          {
            idempotency_key: randomUUID(),
            sold_at: new Date().toISOString(),
            clerk_id: world.clerks.aClerk,
            items: [{ variant_id: world.variant, quantity: 1, unit_price: PRICE_FEN }],
            payment: { method: "cash", amount: PRICE_FEN, tendered: PRICE_FEN },
          },
          clerkA
        )
      )
      expect(sale.status).toBe(201)
      const cashSession = await settle(api.post("/kiosk/cash-sessions", { opening_float: 10_000 }, clerkA))
      expect(cashSession.status).toBe(201)
      const samples = { sale: sale.data.sale.id as string, cashSession: cashSession.data.cash_session.id as string }

      const deviceB = await deviceHeaders(api, container, world.b.id)
      const actors: Record<Actor, ActorHeaders> = {
        anonymous: { headers: {} },
        customer: await customerHeaders(container),
        operator: await adminHeaders(container),
        clerk: await clerkHeaders(api, deviceB, world.clerks.bClerk, PINS.clerk),
        device: deviceB,
        official: await officialHeaders(api, container, { email: "jiading@gov.test", district: "嘉定区", can_edit_targets: true }),
      }

      // bodies that pass validation, so that the counter's own records are what is checked
      const bodies: Record<string, unknown> = {
        "POST /kiosk/sales/:id/returns": {
          items: [{ variant_id: world.variant, quantity: 1 }],
          manager_pin: PINS.manager,
          reason: "authorisation matrix",
          refund_method: "cash",
        },
        "POST /kiosk/cash-sessions/:id/close": { counted: 0 },
      }
      const actual: Record<string, string> = {}
      for (const { route, methods } of await routeTree()) {
        for (const method of methods) {
          // the official is of 嘉定区: reports asked for another district's figures must be refused
          const query = route.startsWith("/officials/reports/") ? `?year=2025&district=${encodeURIComponent("宝山区")}` : ""
          const url = route.replace(/:(\w+)/g, (_, param: string) => sampleId(route, param, method, world, samples)) + query
          const name = `${method} ${route}`
          const expected = (EXPECTED[name] ?? "").split(" ")
          const cells: string[] = []
          for (const [i, actor] of ACTORS.entries()) {
            const headers = { ...key, ...actors[actor].headers }
            const data = method === "GET" ? undefined : (bodies[name] ?? {})
            const { status } = await settle(api.request({ method, url, headers, data }))
            // "ok" stands for any status an allowed actor may get, but never a 5xx: bad input is a
            // 400 and a missing record a 404. Anything else is shown as it came.
            const allowed = status !== 401 && status !== 403 && status < 500
            cells.push(expected[i] === "ok" && allowed ? "ok" : String(status))
          }
          actual[name] = cells.join(" ")
        }
      }
      expect(actual).toEqual(EXPECTED)
    })
  },
})
