import type { SubmitSaleInput } from "./submit-sale"

/** What claiming a sale's idempotency key needs: shared by the booking and its recovery. */
export const claimInput = (input: SubmitSaleInput) => ({
  idempotency_key: input.idempotency_key,
  counter_id: input.place.id,
  clerk_id: input.clerk_id,
  sold_at: input.sold_at,
  body_hash: input.body_hash,
})

/** What pricing a sale again on the server needs: shared by the booking and its recovery. */
export const priceInput = (input: SubmitSaleInput) => ({
  place: input.place,
  clerk_id: input.clerk_id,
  sold_at: input.sold_at,
  items: input.items,
  payment: input.payment,
  override: input.override,
})
