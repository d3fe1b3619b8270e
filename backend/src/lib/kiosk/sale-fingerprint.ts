import { createHash } from "node:crypto"

type SaleBody = {
  sold_at: string | Date
  items: { variant_id: string; quantity: number; unit_price: number }[]
  payment: { method: string; amount: number; tendered?: number; reference?: string }
  override?: { reason: string }
}

/**
 * What a sale is, independent of who resends it: a repeated idempotency key must carry the same
 * sale. The manager PIN is left out: a digest of 4–6 digits would give the PIN away.
 */
export function saleFingerprint(body: SaleBody): string {
  const canonical = {
    sold_at: new Date(body.sold_at).toISOString(),
    items: body.items.map((i) => [i.variant_id, i.quantity, i.unit_price]),
    payment: [body.payment.method, body.payment.amount, body.payment.tendered ?? null, body.payment.reference ?? null],
    override: body.override?.reason ?? null,
  }
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex")
}
