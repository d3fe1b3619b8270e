import "server-only"
import { sdk } from "../config"
import type { Order } from "@onecounty/contracts/storefront"
import { isNotFound } from "./errors"
import { getAuthHeaders } from "./cookies"

export const ORDER_LIST_FIELDS = "id,display_id,created_at,status,fulfillment_status,payment_status,total,currency_code,*items"
export const ORDER_DETAIL_FIELDS =
  "*items,*items.variant,*shipping_address,*shipping_methods,*payment_collections,+total,+subtotal,+shipping_total,+tax_total,+discount_total,+item_total"

export async function listOrders(limit = 20, offset = 0): Promise<{ orders: Order[]; count: number }> {
  const { orders, count } = await sdk.client.fetch<{ orders: Order[]; count: number }>("/store/orders", {
    method: "GET",
    query: { limit, offset, order: "-created_at", fields: ORDER_LIST_FIELDS },
    headers: await getAuthHeaders(),
    cache: "no-store",
  })
  return { orders, count }
}

/**
 * All of the customer's orders since `since`, newest first. The store route has no date filter:
 * pages are read newest first until one reaches past `since`.
 */
export async function listOrdersSince(since: Date, fields = ORDER_LIST_FIELDS): Promise<Order[]> {
  const headers = await getAuthHeaders()
  const out: Order[] = []
  const after = (o: Order) => new Date(o.created_at ?? 0).getTime() >= since.getTime()
  for (let offset = 0; offset < 5000; offset += 100) {
    const { orders, count } = await sdk.client.fetch<{ orders: Order[]; count: number }>("/store/orders", {
      method: "GET",
      query: { limit: 100, offset, order: "-created_at", fields },
      headers,
      cache: "no-store",
    })
    out.push(...orders.filter(after))
    if (offset + orders.length >= count || orders.length < 100 || orders.some((o) => !after(o))) break
  }
  return out
}

export async function retrieveOrder(id: string): Promise<Order | null> {
  try {
    const { order } = await sdk.client.fetch<{ order: Order }>(`/store/orders/${encodeURIComponent(id)}`, {
      method: "GET",
      query: { fields: ORDER_DETAIL_FIELDS },
      headers: await getAuthHeaders(),
      cache: "no-store",
    })
    return order
  } catch (e) {
    if (isNotFound(e)) return null
    throw e
  }
}
