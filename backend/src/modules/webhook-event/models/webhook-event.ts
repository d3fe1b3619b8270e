import { model } from "@medusajs/framework/utils"

/** A payment provider's webhook event that has been accepted once; its id is the provider's. */
export const WebhookEvent = model.define("webhook_event", {
  id: model.text().primaryKey(),
  provider: model.text(),
  type: model.text(),
})
