import { afterEach, describe, expect, it, vi } from "vitest"
import { fetchMe, post, signIn, signOut } from "../../src/lib/api"

type Call = { url: string; method: string; headers: Headers; credentials?: RequestCredentials }

/** Answers the console's requests as the backend would, and records them. */
function backend() {
  const calls: Call[] = []
  const answer = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })
  vi.stubGlobal("fetch", async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input))
    calls.push({ url: url.pathname, method: init.method ?? "GET", headers: new Headers(init.headers), credentials: init.credentials })
    if (url.pathname === "/auth/official/emailpass") return answer({ token: "jwt-of-the-official" })
    if (url.pathname === "/officials/me") return answer({ official: { id: "offl_1" }, csrf_token: "csrf-of-the-session" })
    if (url.pathname === "/auth/session" && init.method === "DELETE") return answer({ message: "Unauthorized" }, 401)
    return answer({ ok: true })
  })
  return calls
}

describe("the console's session", () => {
  afterEach(() => vi.unstubAllGlobals())

  it("swaps the sign-in token for the session cookie and keeps no credential in the browser's storage", async () => {
    const calls = backend()
    await signIn("official@onecounty.cn", "Official2026!")
    expect(calls.map((c) => [c.method, c.url])).toEqual([
      ["POST", "/auth/official/emailpass"],
      ["POST", "/auth/session"],
    ])
    expect(calls[1]!.headers.get("authorization")).toBe("Bearer jwt-of-the-official")
    expect(calls.every((c) => c.credentials === "include")).toBe(true)
    expect({ ...localStorage }).toEqual({})
    expect({ ...sessionStorage }).toEqual({})

    await fetchMe()
    expect(calls.at(-1)!.headers.get("authorization")).toBeNull()
  })

  it("repeats the session's CSRF token on writes, asking /officials/me for it first if need be", async () => {
    const calls = backend()
    await signOut()
    await post("/officials/targets/import/preview", { csv: "" })
    expect(calls.slice(1).map((c) => [c.method, c.url, c.headers.get("x-csrf-token")])).toEqual([
      ["GET", "/officials/me", null],
      ["POST", "/officials/targets/import/preview", "csrf-of-the-session"],
    ])
  })

  it("signs out by deleting the session, even one that had already expired", async () => {
    const calls = backend()
    await expect(signOut()).resolves.toBeUndefined()
    expect(calls.map((c) => [c.method, c.url])).toEqual([["DELETE", "/auth/session"]])
  })
})
