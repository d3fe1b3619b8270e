import { model } from "@medusajs/framework/utils"

/**
 * A payment provider's webhook event, by the provider's id: claimed when a signed delivery is
 * accepted, processed once Medusa has acted on it. A failed processing deletes the claim, so the
 * provider's next delivery of the event is taken again.
 */
export const WebhookEvent = model.define("webhook_event", {
  id: model.text().primaryKey(),
  provider: model.text(),
  type: model.text(),
  status: model.enum(["claimed", "processed"]).default("processed"),
  claimed_at: model.dateTime(),
})
