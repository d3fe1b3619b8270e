import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import Stripe from "stripe"
import { WEBHOOK_EVENT_MODULE } from "../../modules/webhook-event"
import type WebhookEventModuleService from "../../modules/webhook-event/service"

/** Stripe's own default: a signed request older than five minutes is refused as a replay. */
export const STRIPE_WEBHOOK_TOLERANCE_S = 300

/**
 * Medusa's webhook route answers 200 to anything and checks the signature later, in a
 * subscriber, so a forged or replayed Stripe event is only ever logged. Here it is refused before
 * it is queued: no valid signature, a signature older than the tolerance, or an event id that was
 * accepted before all get a 4xx and nothing is emitted.
 */
export async function verifyStripeWebhook(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // From the path: route params are not filled in yet when an app middleware runs.
  const provider = /^\/hooks\/payment\/([^/?]+)/.exec(req.originalUrl)?.[1] ?? ""
  if (!provider.startsWith("stripe")) {
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
  if (!(await events.acceptOnce({ id: event.id, provider, type: event.type }))) {
    return res.status(409).json({ type: "conflict", message: `id: event ${event.id} was already received` })
  }
  next()
}

export const paymentHookRoutes: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/hooks/payment/:provider",
    middlewares: [verifyStripeWebhook],
  },
]
