// A stubbed Medusa store API behind fetch, with the cookie jar that next/headers would keep.
import { afterEach, beforeAll, beforeEach, vi } from "vitest"

export type StoreCall = { url: URL; init: RequestInit; method: string; path: string; body: unknown; auth: string | null }
type Body = unknown | ((url: URL, init: RequestInit) => unknown)
type Reply = (url: URL, init: RequestInit) => Response | undefined

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })

/**
 * Call at the top of a test file whose code under test is imported dynamically (after the
 * next/headers mock). Answers 404 to what no route matches; calls and routes reset before each test.
 */
export function stubStoreApi() {
  const jar = new Map<string, string>()
  const calls: StoreCall[] = []
  const routes: Reply[] = []
  vi.doMock("next/headers", () => ({
    cookies: async () => ({
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
      set: (name: string, value: string) => void jar.set(name, value),
      delete: (name: string) => void jar.delete(name),
    }),
  }))

  /** Answers `method` (any method when null) on a path with a body, or a function of the request. */
  const on = (method: string | null, path: string | RegExp, body: Body, status = 200) =>
    routes.push((url, init) => {
      if (method && (init.method ?? "GET") !== method) return undefined
      if (typeof path === "string" ? url.pathname !== path : !path.test(url.pathname)) return undefined
      return json(typeof body === "function" ? (body as (u: URL, i: RequestInit) => unknown)(url, init) : body, status)
    })

  beforeAll(() => {
    process.env.MEDUSA_BACKEND_URL = "http://medusa.test"
    process.env.MEDUSA_PUBLISHABLE_KEY = "pk_test"
  })
  beforeEach(() => {
    calls.length = 0
    routes.length = 0
    jar.clear()
    vi.stubGlobal("fetch", async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = new URL(String(input))
      const auth = new Headers(init.headers).get("authorization")
      const body = init.body ? JSON.parse(String(init.body)) : undefined
      calls.push({ url, init, method: init.method ?? "GET", path: url.pathname, body, auth })
      for (const reply of routes) {
        const res = reply(url, init)
        if (res) return res
      }
      return json({ message: `no route for ${url.pathname}` }, 404)
    })
  })
  afterEach(() => vi.unstubAllGlobals())

  return {
    jar,
    calls,
    on,
    /** any method */
    route: (path: string | RegExp, body: Body, status = 200) => on(null, path, body, status),
    clearRoutes: () => void (routes.length = 0),
    header: (call: StoreCall, name: string) => new Headers(call.init.headers).get(name),
  }
}
