import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OFFICIAL_ACTOR } from "../../modules/support/constants"
import { findOfficialIdentityStep, removeOfficialStep } from "./steps/official-steps"

/**
 * An operator removes an official: the record is soft-deleted and their sign-in no longer names an
 * official, so a new sign-in gets no official token. Tokens and sessions issued before are refused
 * by `requireOfficial`, which loads the official on every /officials request.
 */
export const removeOfficialWorkflow = createWorkflow("remove-official", (input: { id: string }) => {
  const official = removeOfficialStep(input.id)
  const identityId = findOfficialIdentityStep(transform({ official }, ({ official }) => official.email))
  when({ identityId }, ({ identityId }) => !!identityId).then(() => {
    setAuthAppMetadataStep(
      transform({ identityId }, ({ identityId }) => ({ authIdentityId: identityId!, actorType: OFFICIAL_ACTOR, value: null }))
    )
  })
  return new WorkflowResponse(official)
})
