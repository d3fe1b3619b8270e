import { isIP } from "node:net"

export type TrustProxy = false | number | string[]

// proxy-addr's names for address ranges, as Express accepts them in `trust proxy`.
const RANGE_NAMES = ["loopback", "linklocal", "uniquelocal"]

const isAddress = (entry: string) => {
  const [address, bits, ...more] = entry.split("/")
  return isIP(address) !== 0 && !more.length && (bits === undefined || /^\d{1,3}$/.test(bits))
}

/**
 * Express's `trust proxy` from TRUST_PROXY: unset or 0, no proxy (X-Forwarded-For is ignored and a
 * request's IP is the peer's); a number, that many proxies in front of the backend; otherwise the
 * proxies' addresses, subnets or range names, comma-separated. `true` would believe any client's
 * X-Forwarded-For, which is what per-IP limits must not do, so it is refused.
 */
export function trustProxyFromEnv(value: string | undefined = process.env.TRUST_PROXY): TrustProxy {
  const setting = value?.trim() ?? ""
  if (setting === "" || setting === "0" || setting === "false") {
    return false
  }
  if (/^\d+$/.test(setting)) {
    return Number(setting)
  }
  const entries = setting.split(",").map((entry) => entry.trim())
  const wrong = entries.find((entry) => !RANGE_NAMES.includes(entry) && !isAddress(entry))
  if (wrong !== undefined) {
    throw new Error(
      `TRUST_PROXY: "${wrong}" is neither a number of proxies nor a proxy's address, subnet or range (loopback, linklocal, uniquelocal)`
    )
  }
  return entries
}
