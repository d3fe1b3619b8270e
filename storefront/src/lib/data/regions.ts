import "server-only"
import type { Region } from "@onecounty/contracts/storefront"
import { catalogGet } from "./fetch"

/** The shop sells into mainland China in CNY: the region with country "cn", else the CNY one, else the first. */
export function pickRegion(regions: Region[]): Region | null {
  return (
    regions.find((r) => r.countries?.some((c) => c.iso_2 === "cn")) ??
    regions.find((r) => r.currency_code?.toLowerCase() === "cny") ??
    regions[0] ??
    null
  )
}

export async function getRegion(): Promise<Region> {
  const { regions } = await catalogGet<{ regions: Region[] }>(
    "/store/regions",
    { fields: "id,name,currency_code,*countries", limit: 50 },
    ["regions"]
  )
  const region = pickRegion(regions)
  if (!region) throw new Error("No region is configured in the Medusa backend (run the seed).")
  return region
}
