import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { securityHeaders } from "../headers"

// A bare HTTP server through the middleware: the headers of real responses, per NODE_ENV.
async function headersOf(production: boolean, path: string) {
  const middleware = securityHeaders(production)
  const server: Server = createServer((req, res) =>
    middleware(req as unknown as MedusaRequest, res as unknown as MedusaResponse, () => res.end("ok"))
  )
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`)
    return res.headers
  } finally {
    await new Promise((resolve) => server.close(resolve))
  }
}

describe("securityHeaders", () => {
  it("sends HSTS in production only", async () => {
    expect((await headersOf(true, "/store/products")).get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains")
    expect((await headersOf(false, "/store/products")).get("strict-transport-security")).toBeNull()
  })

  it("gives the API a CSP that loads nothing, the console its own, and Medusa's dashboard none", async () => {
    const api = await headersOf(true, "/store/products")
    expect(api.get("content-security-policy")).toBe("default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'")
    expect(api.get("x-content-type-options")).toBe("nosniff")
    expect(api.get("x-frame-options")).toBe("DENY")
    expect(api.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
    expect((await headersOf(true, "/console/officials")).get("content-security-policy")).toMatch(/^default-src 'self';script-src 'self';style-src 'self';/)
    const dashboard = await headersOf(true, "/app/orders")
    expect(dashboard.get("content-security-policy")).toBeNull()
    expect(dashboard.get("x-content-type-options")).toBe("nosniff")
  })
})
