import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OFFICIAL_ACTOR } from "../../modules/support/constants"
import { createOfficialStep, registerOfficialIdentityStep } from "./steps/official-steps"

export type CreateOfficialInput = {
  email: string
  name: string
  password: string
  district_zh?: string | null
  can_edit_targets?: boolean
}

/** An operator creates an official: the record, the sign-in identity, and the link between them. */
export const createOfficialWorkflow = createWorkflow("create-official", (input: CreateOfficialInput) => {
  const official = createOfficialStep(
    transform({ input }, ({ input }) => ({
      email: input.email,
      name: input.name,
      district_zh: input.district_zh ?? null,
      can_edit_targets: input.can_edit_targets ?? false,
    }))
  )
  const identity = registerOfficialIdentityStep(
    transform({ input }, ({ input }) => ({ email: input.email, password: input.password }))
  )
  setAuthAppMetadataStep(
    transform({ identity, official }, ({ identity, official }) => ({
      authIdentityId: identity.id,
      actorType: OFFICIAL_ACTOR,
      value: official.id,
    }))
  )
  return new WorkflowResponse(official)
})
