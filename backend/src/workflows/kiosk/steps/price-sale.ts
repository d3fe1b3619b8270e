import { fenToYuan } from "@onecounty/contracts/money"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import type { PaymentMethod } from "../../../modules/kiosk/constants"
import { loadCounterVariants } from "./counter-variants"
import type { CounterPlace } from "../../counter/steps/find-counter"
import { findManagerByPin } from "./find-manager"

const CLOCK_SLACK_MS = 5 * 60 * 1000

export type SaleItemInput = { variant_id: string; quantity: number; unit_price: number }
export type SalePaymentInput = { method: PaymentMethod; amount: number; tendered?: number; reference?: string }
export type SaleFlag = { kind: string; detail: string }
export type SaleLine = {
  variant_id: string
  title: string
  county_name: string | null
  quantity: number
  unit_price: number
  server_price: number | null
  total: number
}

export type PriceSaleInput = {
  place: CounterPlace
  /** the signed-in clerk: a manager PIN given with an override is charged to them */
  clerk_id: string
  sold_at: Date
  items: SaleItemInput[]
  payment: SalePaymentInput
  override?: { manager_pin: string; reason: string }
}

/**
 * Recomputes the sale on the server. The sale already happened, so nothing here refuses it:
 * what the device charged is what the order records, and every disagreement (price, stock,
 * payment, an unknown variant, an unverified override) becomes a flag for review.
 */
export const priceSaleStep = createStep("kiosk-price-sale", async (input: PriceSaleInput, { container }) => {
  const { place, items, payment } = input
  const variants = await loadCounterVariants(container, place, { variantIds: [...new Set(items.map((i) => i.variant_id))] })
  const byId = new Map(variants.map((v) => [v.id, v]))
  const flags: SaleFlag[] = []

  const manager = input.override ? await findManagerByPin(container, place.id, input.clerk_id, input.override.manager_pin) : null
  if (input.override) {
    // One answer for a wrong PIN, a locked clerk and a locked manager: nothing to learn from it.
    flags.push(
      manager
        ? { kind: "price_override", detail: `approved by ${manager.name}: ${input.override.reason}` }
        : { kind: "override_unverified", detail: `override not approved: ${input.override.reason}` }
    )
  }

  const needed = new Map<string, number>()
  const lines: SaleLine[] = items.map((item) => {
    const variant = byId.get(item.variant_id)
    if (!variant) {
      flags.push({ kind: "unknown_variant", detail: `${item.variant_id} is not in the catalogue` })
    } else if (variant.unit_price !== item.unit_price && !manager) {
      flags.push({
        kind: "price_mismatch",
        detail: `${variant.sku ?? variant.id}: device ${item.unit_price} fen, server ${variant.unit_price ?? "no price"} fen`,
      })
    }
    variant?.inventory.forEach((inv) =>
      needed.set(inv.inventory_item_id, (needed.get(inv.inventory_item_id) ?? 0) + inv.required_quantity * item.quantity)
    )
    if (variant?.manage_inventory && (variant.stock ?? 0) < item.quantity) {
      flags.push({
        kind: "insufficient_stock",
        detail: `${variant.sku ?? variant.id}: sold ${item.quantity}, ${variant.stock ?? 0} at the counter`,
      })
    }
    return {
      variant_id: item.variant_id,
      title: variant ? `${variant.product.title} ${variant.title}`.trim() : item.variant_id,
      county_name: variant?.county?.name ?? null,
      quantity: item.quantity,
      unit_price: item.unit_price,
      server_price: variant?.unit_price ?? null,
      total: item.unit_price * item.quantity,
    }
  })
  // A device clock running ahead would book the sale on a day that has not come yet.
  if (new Date(input.sold_at).getTime() > Date.now() + CLOCK_SLACK_MS) {
    flags.push({ kind: "sold_at_in_future", detail: `sold_at ${new Date(input.sold_at).toISOString()} is ahead of the server` })
  }
  const total = lines.reduce((sum, l) => sum + l.total, 0)
  if (payment.amount !== total) {
    flags.push({ kind: "payment_mismatch", detail: `paid ${payment.amount} fen, lines total ${total} fen` })
  }
  const tendered = payment.method === "cash" ? (payment.tendered ?? payment.amount) : null
  if (tendered !== null && tendered < payment.amount) {
    flags.push({ kind: "cash_short", detail: `tendered ${tendered} fen for ${payment.amount} fen` })
  }

  const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "cny" }, { take: 1 })
  const orderItems = items.map((item, idx) => {
    const variant = byId.get(item.variant_id)
    return {
      title: lines[idx].title,
      variant_id: variant?.id,
      product_id: variant?.product.id,
      product_title: variant?.product.title,
      variant_title: variant?.title,
      variant_sku: variant?.sku ?? undefined,
      variant_barcode: variant?.barcode ?? undefined,
      thumbnail: variant?.product.thumbnail ?? undefined,
      quantity: item.quantity,
      unit_price: fenToYuan(item.unit_price),
      // Counter prices are shown and paid with tax included, as in the region.
      is_tax_inclusive: true,
      requires_shipping: false,
    }
  })
  return new StepResponse({
    region_id: region?.id,
    lines,
    order_items: orderItems,
    flags,
    total,
    payment: {
      method: payment.method,
      amount: payment.amount,
      tendered,
      change: tendered === null ? null : Math.max(0, tendered - payment.amount),
      reference: payment.reference ?? null,
    },
    override: manager && input.override ? { manager_id: manager.id, reason: input.override.reason } : null,
    stock: [...needed.entries()].map(([inventory_item_id, quantity]) => ({ inventory_item_id, quantity })),
  })
})
