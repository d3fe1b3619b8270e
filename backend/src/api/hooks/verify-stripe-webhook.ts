import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import type { IEventBusModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { WEBHOOK_EVENT_MODULE } from "../../modules/webhook-event"
import { STRIPE_WEBHOOK_CLAIMED, type ClaimedWebhook } from "../../modules/webhook-event/constants"
import type WebhookEventModuleService from "../../modules/webhook-event/service"

/** Stripe's own default: a signed request older than five minutes is refused as a replay. */
export const STRIPE_WEBHOOK_TOLERANCE_S = 300

const REFUSED = {
  processed: (id: string) => `id: event ${id} was already processed`,
  being_processed: (id: string) => `id: event ${id} is being processed`,
}

/**
 * Medusa's webhook route answers 200 to anything and checks the signature later, in a
 * subscriber, so a forged or replayed Stripe event is only ever logged. Here a Stripe event is
 * refused before it is queued (no valid signature, a signature older than the tolerance, an event
 * already processed or in processing), and queued in the route's place with its claim, which the
 * stripe-webhook subscriber turns into processed or releases when processing fails.
 *
 * The provider is the route's own parameter, as Express decoded it from whatever spelling of the
 * path matched (`/HOOKS/payment/%73tripe_stripe` is Stripe's hook too).
 */
export async function verifyStripeWebhook(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const provider = req.params.provider ?? ""
  if (!provider.toLowerCase().startsWith("stripe")) {
    return next()
  }
  const secret = process.env.STRIPE_WEBHOOK_SECRET
  const signature = req.headers["stripe-signature"]
  if (!secret) {
    return res.status(400).json({ type: "invalid_data", message: "stripe-signature: STRIPE_WEBHOOK_SECRET is not set, so no event can be verified" })
  }
  if (typeof signature !== "string" || !signature) {
    return res.status(400).json({ type: "invalid_data", message: "stripe-signature: header is missing" })
  }
  let event: Stripe.Event
  try {
    event = Stripe.webhooks.constructEvent(req.rawBody as Buffer, signature, secret, STRIPE_WEBHOOK_TOLERANCE_S)
  } catch (error) {
    return res.status(400).json({ type: "invalid_data", message: `stripe-signature: ${(error as Error).message}` })
  }
  const events = req.scope.resolve<WebhookEventModuleService>(WEBHOOK_EVENT_MODULE)
  const claimed = { id: event.id, provider, type: event.type }
  const claim = await events.claim(claimed)
  if (claim !== "claimed") {
    return res.status(409).json({ type: "conflict", message: REFUSED[claim](event.id) })
  }
  // As Medusa's route queues it: delayed so the storefront's own cart completion usually goes first.
  const options = (req.scope.resolve(Modules.PAYMENT) as { options?: { webhook_delay?: number; webhook_retries?: number } }).options ?? {}
  const data: ClaimedWebhook = { event: claimed, payload: { data: req.body as Record<string, unknown>, rawData: req.rawBody as Buffer, headers: req.headers } }
  try {
    await req.scope
      .resolve<IEventBusModuleService>(Modules.EVENT_BUS)
      .emit({ name: STRIPE_WEBHOOK_CLAIMED, data }, { delay: options.webhook_delay ?? 5000, attempts: options.webhook_retries ?? 3 })
  } catch (error) {
    await events.release(event.id)
    return res.status(400).json({ type: "invalid_data", message: `Webhook Error: ${(error as Error).message}` })
  }
  res.sendStatus(200)
}

export const paymentHookRoutes: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/hooks/payment/:provider",
    middlewares: [verifyStripeWebhook],
  },
]
