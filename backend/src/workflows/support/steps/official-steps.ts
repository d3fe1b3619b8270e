import type { IAuthModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"

export type CreateOfficialStepInput = { email: string; name: string; district_zh: string | null; can_edit_targets: boolean }

export const createOfficialStep = createStep(
  "create-official",
  async (input: CreateOfficialStepInput, { container }) => {
    const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
    const [existing] = await support.listOfficials({ email: input.email })
    if (existing) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `email: official ${input.email} already exists`)
    }
    const official = await support.createOfficials(input)
    return new StepResponse(official, official.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<SupportModuleService>(SUPPORT_MODULE).deleteOfficials(id)
    }
  }
)

/** The email-and-password identity the official signs in with at /auth/official/emailpass. */
export const registerOfficialIdentityStep = createStep(
  "register-official-identity",
  async (input: { email: string; password: string }, { container }) => {
    const auth = container.resolve<IAuthModuleService>(Modules.AUTH)
    const { success, authIdentity, error } = await auth.register("emailpass", {
      body: { email: input.email, password: input.password },
    })
    if (!success || !authIdentity) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `email: ${error ?? "cannot register this email"}`)
    }
    return new StepResponse(authIdentity, authIdentity.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<IAuthModuleService>(Modules.AUTH).deleteAuthIdentities([id])
    }
  }
)

/** Soft-deletes an official (kept for the record; every /officials request checks it exists). */
export const removeOfficialStep = createStep(
  "remove-official",
  async (id: string, { container }) => {
    const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
    const [official] = await support.listOfficials({ id })
    if (!official) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `id: no official ${id}`)
    }
    await support.softDeleteOfficials([id])
    return new StepResponse(official, id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<SupportModuleService>(SUPPORT_MODULE).restoreOfficials([id])
    }
  }
)

/** The auth identity an official signs in with, found by their email; none if it is gone already. */
export const findOfficialIdentityStep = createStep("find-official-identity", async (email: string, { container }) => {
  const auth = container.resolve<IAuthModuleService>(Modules.AUTH)
  const [provider] = await auth.listProviderIdentities({ provider: "emailpass", entity_id: email })
  return new StepResponse(provider?.auth_identity_id ?? null)
})
