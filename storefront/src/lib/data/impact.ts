import "server-only"
import { computeImpact, yearStartShanghai, type Impact } from "../util/impact"
import { listOrdersSince } from "./orders"
import { listProductsByIds } from "./products"

const COUNTY_FIELDS = [
  "county.code",
  "county.name_zh",
  "county.name_en",
  "county.prefecture.province.code",
  "county.prefecture.province.name_zh",
  "county.prefecture.province.name_en",
]

/** "My impact": what the logged-in shopper's orders this year sent to each county. */
export async function getMyImpact(now = new Date()): Promise<Impact> {
  const since = yearStartShanghai(now)
  const orders = await listOrdersSince(since, "id,created_at,status,currency_code,*items")
  const ids = [...new Set(orders.flatMap((o) => (o.items ?? []).map((i) => i.product_id).filter(Boolean) as string[]))]
  const products = await listProductsByIds(ids, "id", COUNTY_FIELDS)
  return computeImpact(orders, products, since)
}
