import type { Named, ProductOrigin } from "@onecounty/contracts/store"
import type { Order } from "@onecounty/contracts/storefront"

export type CountyImpact = {
  county: Named & { province?: Named | null }
  amount: number
  quantity: number
  orders: number
}
export type Impact = {
  year: number
  total: number
  counties: CountyImpact[]
  /** Line totals whose product no longer has (or never had) a county. */
  unattributed: number
}

/** 1 January 00:00 in Shanghai (UTC+8, no DST) of `now`'s Shanghai year. */
export function yearStartShanghai(now = new Date()): Date {
  const shanghai = new Date(now.getTime() + 8 * 3600_000)
  return new Date(Date.UTC(shanghai.getUTCFullYear(), 0, 1) - 8 * 3600_000)
}

type ItemLike = { product_id?: string | null; total?: number | null; subtotal?: number | null; unit_price?: number | null; quantity?: number | null }

export function lineTotal(i: ItemLike): number {
  if (typeof i.total === "number") return i.total
  if (typeof i.subtotal === "number") return i.subtotal
  return (i.unit_price ?? 0) * (i.quantity ?? 0)
}

/**
 * Sums the order line totals per county for orders placed since `since` (canceled orders and
 * drafts excluded). `products` gives each product's county.
 */
export function computeImpact(
  orders: Pick<Order, "id" | "created_at" | "status" | "items">[],
  products: ({ id: string } & ProductOrigin)[],
  since: Date
): Impact {
  const countyOf = new Map(products.map((p) => [p.id, p.county ?? null]))
  const rows = new Map<string, CountyImpact & { orderIds: Set<string> }>()
  let total = 0
  let unattributed = 0
  for (const o of orders) {
    if (o.status === "canceled" || o.status === "draft") continue
    if (new Date(o.created_at ?? 0).getTime() < since.getTime()) continue
    for (const item of (o.items ?? []) as ItemLike[]) {
      const amount = lineTotal(item)
      total += amount
      const c = item.product_id ? countyOf.get(item.product_id) : null
      if (!c?.code) {
        unattributed += amount
        continue
      }
      const row =
        rows.get(c.code) ??
        {
          county: { code: c.code, name_zh: c.name_zh, name_en: c.name_en, province: c.prefecture?.province ?? null },
          amount: 0,
          quantity: 0,
          orders: 0,
          orderIds: new Set<string>(),
        }
      row.amount += amount
      row.quantity += item.quantity ?? 0
      row.orderIds.add(o.id)
      row.orders = row.orderIds.size
      rows.set(c.code, row)
    }
  }
  const round = (n: number) => Math.round(n * 100) / 100
  const counties = [...rows.values()]
    .map(({ orderIds: _ids, ...r }) => ({ ...r, amount: round(r.amount) }))
    .sort((a, b) => b.amount - a.amount || a.county.code.localeCompare(b.county.code))
  const shanghaiYear = new Date(since.getTime() + 8 * 3600_000).getUTCFullYear()
  return { year: shanghaiYear, total: round(total), counties, unattributed: round(unattributed) }
}
