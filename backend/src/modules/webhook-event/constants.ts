import type { ProviderWebhookPayload } from "@medusajs/framework/types"

/** A signed, claimed Stripe webhook, queued for processing (the data Medusa's own hook route queues). */
export const STRIPE_WEBHOOK_CLAIMED = "webhook_event.stripe_claimed"

export type ClaimedWebhook = {
  event: { id: string; provider: string; type: string }
  payload: ProviderWebhookPayload["payload"]
}
