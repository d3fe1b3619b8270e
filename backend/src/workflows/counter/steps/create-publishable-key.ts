import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Creates the counter's publishable key. Core's createApiKeysWorkflow is not used because its
 * compensation deletes the key unrevoked, which the API key module refuses, leaving the key behind.
 */
export const createPublishableKeyStep = createStep(
  "create-counter-publishable-key-step",
  async (title: string, { container }) => {
    const apiKeys = container.resolve(Modules.API_KEY)
    const [key] = await apiKeys.createApiKeys([{ title, type: "publishable", created_by: "" }])
    return new StepResponse(key, key.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const apiKeys = container.resolve(Modules.API_KEY)
    await apiKeys.revoke(id, { revoked_by: "create-counter-rollback" })
    await apiKeys.deleteApiKeys([id])
  }
)
