import { MedusaService } from "@medusajs/framework/utils"
import { WebhookEvent } from "./models/webhook-event"

class WebhookEventModuleService extends MedusaService({ WebhookEvent }) {
  /** True the first time an event id is seen, false for a replay. */
  async acceptOnce(event: { id: string; provider: string; type: string }): Promise<boolean> {
    try {
      await this.createWebhookEvents(event)
      return true
    } catch (error) {
      // The primary key is the only constraint, so a conflict means the event was accepted before.
      if ((error as { type?: string }).type === "duplicate_error" || /already exists/i.test((error as Error).message)) {
        return false
      }
      throw error
    }
  }
}

export default WebhookEventModuleService
