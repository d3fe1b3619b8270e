import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SHANGHAI_DISTRICTS, type RelationType } from "../../modules/origin/constants"
import { assertReferencesStep } from "./steps/assert-references"
import { checkPairingWindowStep } from "./steps/check-pairing-window"
import {
  createOriginRecordStep,
  deleteOriginRecordStep,
  updateOriginRecordStep,
} from "./steps/origin-record-steps"

type PairingFields = {
  /** null: paired with Shanghai at city level. */
  district_zh?: string | null
  relation_type?: RelationType
  valid_from?: Date
  valid_to?: Date | null
}
export type CreatePairingInput = PairingFields & {
  county_id: string
  relation_type: RelationType
  valid_from: Date
}
export type UpdatePairingInput = PairingFields & { id: string }

function withDistrictEn<T extends PairingFields>(input: T) {
  if (input.district_zh === undefined) {
    return input
  }
  const district = SHANGHAI_DISTRICTS.find((d) => d.zh === input.district_zh)
  return { ...input, district_en: district?.en ?? null }
}

const createPairingStep = createOriginRecordStep("pairing")
const updatePairingStep = updateOriginRecordStep("pairing")
const deletePairingStep = deleteOriginRecordStep("pairing")

export const createPairingWorkflow = createWorkflow("create-pairing", (input: CreatePairingInput) => {
  const references = transform({ input }, ({ input }) => [
    { field: "county_id", entity: "county" as const, id: input.county_id },
  ])
  assertReferencesStep(references)
  checkPairingWindowStep(input)
  return new WorkflowResponse(createPairingStep(transform({ input }, ({ input }) => withDistrictEn(input))))
})

export const updatePairingWorkflow = createWorkflow("update-pairing", (input: UpdatePairingInput) => {
  const references = transform({ input }, ({ input }) => [
    { field: "id", entity: "pairing" as const, id: input.id, inPath: true },
  ])
  assertReferencesStep(references)
  checkPairingWindowStep(input)
  return new WorkflowResponse(updatePairingStep(transform({ input }, ({ input }) => withDistrictEn(input))))
})

export const deletePairingWorkflow = createWorkflow("delete-pairing", (id: string) => {
  const references = transform({ id }, ({ id }) => [
    { field: "id", entity: "pairing" as const, id, inPath: true },
  ])
  assertReferencesStep(references)
  return new WorkflowResponse(deletePairingStep(id))
})
