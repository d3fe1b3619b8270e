import { MedusaService } from "@medusajs/framework/utils"
import { WebhookEvent } from "./models/webhook-event"

/** Longer than Medusa's processing delay and retries: a claim this old belongs to a process that died. */
export const CLAIM_TTL_MS = 15 * 60_000

export type Claim = "claimed" | "being_processed" | "processed"

const isDuplicate = (error: unknown) =>
  // The primary key is the only constraint, so a conflict means the event was claimed before.
  (error as { type?: string }).type === "duplicate_error" || /already exists/i.test((error as Error).message)

class WebhookEventModuleService extends MedusaService({ WebhookEvent }) {
  /** Claims an event for processing: once, unless its earlier claim was released or went stale. */
  async claim(event: { id: string; provider: string; type: string }): Promise<Claim> {
    try {
      await this.createWebhookEvents({ ...event, status: "claimed", claimed_at: new Date() })
      return "claimed"
    } catch (error) {
      if (!isDuplicate(error)) {
        throw error
      }
    }
    const [existing] = await this.listWebhookEvents({ id: event.id })
    if (existing?.status === "processed") {
      return "processed"
    }
    if (!existing || Date.now() - new Date(existing.claimed_at).getTime() < CLAIM_TTL_MS) {
      return "being_processed"
    }
    await this.updateWebhookEvents({ id: event.id, claimed_at: new Date() })
    return "claimed"
  }

  /** Processed, also when the claim was released by an earlier attempt that failed. */
  async markProcessed(event: { id: string; provider: string; type: string }) {
    const [existing] = await this.listWebhookEvents({ id: event.id })
    if (existing) {
      await this.updateWebhookEvents({ id: event.id, status: "processed" })
    } else {
      await this.createWebhookEvents({ ...event, status: "processed", claimed_at: new Date() })
    }
  }

  /** Forgets a claim whose processing failed, so the provider's redelivery is processed. */
  async release(id: string) {
    await this.deleteWebhookEvents(id)
  }
}

export default WebhookEventModuleService
