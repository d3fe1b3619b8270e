import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import processPaymentWebhook from "@medusajs/medusa/subscribers/payment-webhook"
import { WEBHOOK_EVENT_MODULE } from "../modules/webhook-event"
import { STRIPE_WEBHOOK_CLAIMED, type ClaimedWebhook } from "../modules/webhook-event/constants"
import type WebhookEventModuleService from "../modules/webhook-event/service"

/**
 * A claimed Stripe event, processed by Medusa's own payment webhook handler (what its hook route
 * would have queued): processed once the handler returns; a failure releases the claim and is
 * rethrown, so the event bus retries it and Stripe's redelivery of the event is taken again.
 */
export default async function stripeWebhook({ event, container, pluginOptions }: SubscriberArgs<ClaimedWebhook>) {
  const events = container.resolve<WebhookEventModuleService>(WEBHOOK_EVENT_MODULE)
  const { event: claimed, payload } = event.data
  try {
    await processPaymentWebhook({ event: { ...event, data: { provider: claimed.provider, payload } }, container, pluginOptions })
  } catch (error) {
    await events.release(claimed.id)
    throw error
  }
  await events.markProcessed(claimed)
}

export const config: SubscriberConfig = {
  event: STRIPE_WEBHOOK_CLAIMED,
  context: { subscriberId: "stripe-webhook" },
}
