import { afterEach, describe, expect, it, vi } from "vitest"

const revalidateTag = vi.fn()
vi.mock("next/cache", () => ({ revalidateTag }))

const post = async (url: string, headers: Record<string, string> = {}) => {
  const { POST } = await import("@/app/api/revalidate/route")
  const { NextRequest } = await import("next/server")
  return POST(new NextRequest(url, { method: "POST", headers }))
}

describe("POST /api/revalidate", () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    revalidateTag.mockReset()
  })
  it("is off without a secret and refuses a wrong one", async () => {
    expect((await post("http://x/api/revalidate?tag=products")).status).toBe(401)
    vi.stubEnv("REVALIDATE_SECRET", "s3cret")
    expect((await post("http://x/api/revalidate?tag=products", { "x-revalidate-secret": "nope" })).status).toBe(401)
    expect(revalidateTag).not.toHaveBeenCalled()
  })
  it("expires known tags and names a bad one", async () => {
    vi.stubEnv("REVALIDATE_SECRET", "s3cret")
    const ok = await post("http://x/api/revalidate?tag=products&tag=county-530828", { "x-revalidate-secret": "s3cret" })
    expect(ok.status).toBe(200)
    expect(revalidateTag.mock.calls).toEqual([["products", "max"], ["county-530828", "max"]])
    const bad = await post("http://x/api/revalidate?tag=everything", { "x-revalidate-secret": "s3cret" })
    expect(bad.status).toBe(400)
    expect((await bad.json()).message).toContain("everything")
  })
})
