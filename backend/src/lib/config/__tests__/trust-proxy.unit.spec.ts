import { trustProxyFromEnv } from "../trust-proxy"

describe("trustProxyFromEnv", () => {
  it("trusts no proxy unless told", () => {
    for (const value of [undefined, "", " ", "0", "false"]) {
      expect(trustProxyFromEnv(value)).toBe(false)
    }
  })

  it("reads a hop count, or the proxies' addresses, subnets and named ranges", () => {
    expect(trustProxyFromEnv("1")).toBe(1)
    expect(trustProxyFromEnv("10.0.0.5, 172.16.0.0/12,loopback,::1")).toEqual(["10.0.0.5", "172.16.0.0/12", "loopback", "::1"])
  })

  it("refuses true (any client's X-Forwarded-For) and what is not an address", () => {
    expect(() => trustProxyFromEnv("true")).toThrow('TRUST_PROXY: "true" is neither a number of proxies')
    expect(() => trustProxyFromEnv("10.0.0.5,nginx")).toThrow('TRUST_PROXY: "nginx" is neither')
    expect(() => trustProxyFromEnv("10.0.0.0/8/1")).toThrow('"10.0.0.0/8/1"')
  })
})
