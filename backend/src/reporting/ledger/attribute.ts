import { windowContains } from "../../lib/date-window"
import type { Attribution, LedgerEntry } from "./types"

export type SaleAttributes = Pick<
  LedgerEntry,
  | "county_id"
  | "county_code"
  | "prefecture_code"
  | "province_code"
  | "partner_district"
  | "paired"
  | "channel_id"
  | "channel_kind"
  | "counter_id"
  | "certified"
  | "counts_toward_target"
>

/**
 * Where a sold product came from and through which channel, as things stood at the moment of
 * sale: later pairings or certificates never change what a past sale counted for.
 */
export function attributeSale(
  productId: string | null,
  channelId: string | null,
  soldAt: Date,
  attribution: Attribution
): SaleAttributes {
  const origin = productId ? attribution.products.get(productId) : undefined
  const county = origin?.county ?? null
  const pairing = county?.pairings.find((p) => windowContains(p, soldAt)) ?? null
  const cert = origin?.certification ?? null
  const certified = cert !== null && cert.issued_at <= soldAt && soldAt < cert.expires_at
  const channel = channelId ? attribution.channels.get(channelId) : undefined
  return {
    county_id: county?.id ?? null,
    county_code: county?.code ?? null,
    prefecture_code: county?.prefecture_code ?? null,
    province_code: county?.province_code ?? null,
    partner_district: pairing?.district_zh ?? null,
    paired: pairing !== null,
    channel_id: channelId,
    channel_kind: channel?.kind ?? "online",
    counter_id: channel?.counter_id ?? null,
    certified,
    counts_toward_target: certified && pairing !== null,
  }
}
