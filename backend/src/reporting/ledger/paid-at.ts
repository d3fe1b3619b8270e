/**
 * When an order's money was received, as SQL over the "order" table aliased `o`: a sale counts
 * then, and nothing a customer can send decides it. A counter sale is paid at the counter, at the
 * time the kiosk workflow recorded in kiosk_sale (an offline sale reaches Medusa later and still
 * books on the day it was sold); any other order when its payment was first captured (the order
 * module's capture transaction, written by Medusa's capture, cart completion with an
 * auto-capturing provider, and the Stripe webhook). Null: placed, awaiting payment.
 */
export const PAID_AT_SQL = `coalesce(
  (select k.sold_at from kiosk_sale k where k.order_id = o.id and k.deleted_at is null limit 1),
  (select min(t.created_at) from order_transaction t
    where t.order_id = o.id and t.reference = 'capture' and t.amount > 0 and t.deleted_at is null)
)`
