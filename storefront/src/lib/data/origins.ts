import "server-only"
import type { CountyDetail, StoreOriginsResponse as OriginTree } from "@onecounty/contracts/store"
import { isNotFound } from "./errors"
import { catalogGet } from "./fetch"

export async function getOriginTree(): Promise<OriginTree> {
  return catalogGet<OriginTree>("/store/origins", undefined, ["origins"])
}

export async function getCounty(code: string): Promise<CountyDetail | null> {
  if (!/^\d{6}$/.test(code)) return null
  try {
    const { county } = await catalogGet<{ county: CountyDetail }>(
      `/store/origins/counties/${encodeURIComponent(code)}`,
      undefined,
      ["origins", `county-${code}`]
    )
    return county
  } catch (e) {
    if (isNotFound(e)) return null
    throw e
  }
}
