import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CounterKind } from "../../modules/counter/constants"
import { toFen, type AmountLike } from "../money"
import type { Attribution, ChannelInfo, OrderFacts, ProductOrigin } from "./types"

type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: any[] }> }

// Totals are computed, not stored: asking for the order's `total` makes the order module
// decorate the items with theirs.
const ORDER_FIELDS = [
  "id",
  "total",
  "currency_code",
  "created_at",
  "canceled_at",
  "sales_channel_id",
  "items.id",
  "items.product_id",
  "items.quantity",
  "items.raw_total",
  "items.total",
  "returns.id",
  "returns.received_at",
  "returns.items.item_id",
  "returns.items.received_quantity",
  "payment_collections.payments.refunds.id",
  "payment_collections.payments.refunds.created_at",
  "payment_collections.payments.refunds.raw_amount",
  "payment_collections.payments.refunds.amount",
]

const date = (value: string | Date) => new Date(value)
const fen = (raw: AmountLike, plain: AmountLike) => toFen(raw ?? plain)

function quantity(order: any, item: any): number {
  const value = Number(item.quantity)
  if (!Number.isFinite(value)) {
    throw new Error(`order ${order.id}: item ${item.id} came without its quantity`)
  }
  return value
}

function toFacts(order: any): OrderFacts {
  return {
    id: order.id,
    currency_code: order.currency_code,
    created_at: date(order.created_at),
    canceled_at: order.canceled_at ? date(order.canceled_at) : null,
    sales_channel_id: order.sales_channel_id ?? null,
    items: (order.items ?? []).map((item: any) => ({
      id: item.id,
      product_id: item.product_id ?? null,
      quantity: quantity(order, item),
      total_fen: fen(item.raw_total, item.total),
    })),
    returns: (order.returns ?? [])
      .filter((r: any) => r.received_at)
      .map((r: any) => ({
        id: r.id,
        received_at: date(r.received_at),
        items: (r.items ?? []).map((i: any) => ({ item_id: i.item_id, received_quantity: Number(i.received_quantity ?? 0) })),
      })),
    refunds: (order.payment_collections ?? []).flatMap((pc: any) =>
      (pc.payments ?? []).flatMap((p: any) =>
        (p.refunds ?? []).map((r: any) => ({ id: r.id, created_at: date(r.created_at), amount_fen: fen(r.raw_amount, r.amount) }))
      )
    ),
  }
}

function toOrigin(product: any): ProductOrigin {
  const county = product.county
  const cert = product.certification
  return {
    county: county
      ? {
          id: county.id,
          code: county.code,
          prefecture_code: county.prefecture?.code ?? county.code.slice(0, 4),
          province_code: county.prefecture?.province?.code ?? county.code.slice(0, 2),
          pairings: (county.pairings ?? []).map((p: any) => ({
            district_zh: p.district_zh ?? null,
            valid_from: date(p.valid_from),
            valid_to: p.valid_to ? date(p.valid_to) : null,
          })),
        }
      : null,
    certification: cert ? { issued_at: date(cert.issued_at), expires_at: date(cert.expires_at) } : null,
  }
}

/** The orders' facts (those found) and what their products and channels were attributed to. */
export async function loadOrderFacts(
  container: MedusaContainer,
  orderIds: string[]
): Promise<{ orders: OrderFacts[]; attribution: Attribution }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
  const { data: rawOrders } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderIds } })
  const orders = rawOrders.map(toFacts)
  const productIds = [...new Set(orders.flatMap((o) => o.items.map((i) => i.product_id)).filter((id): id is string => !!id))]
  const [{ data: products }, { data: counters }] = await Promise.all([
    productIds.length
      ? query.graph({
          entity: "product",
          fields: [
            "id",
            "county.id",
            "county.code",
            "county.prefecture.code",
            "county.prefecture.province.code",
            "county.pairings.district_zh",
            "county.pairings.valid_from",
            "county.pairings.valid_to",
            "certification.issued_at",
            "certification.expires_at",
          ],
          filters: { id: productIds },
        })
      : Promise.resolve({ data: [] }),
    // A handful of counters: reading them all is cheaper than filtering through the link.
    query.graph({ entity: "counter", fields: ["id", "kind", "sales_channel.id"] }),
  ])
  const channels = new Map<string, ChannelInfo>(
    counters
      .filter((c: any) => c.sales_channel?.id)
      .map((c: any) => [c.sales_channel.id, { kind: c.kind as CounterKind, counter_id: c.id }])
  )
  return { orders, attribution: { products: new Map(products.map((p: any) => [p.id, toOrigin(p)])), channels } }
}
