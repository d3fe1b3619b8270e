import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertReferencesStep } from "./steps/assert-references"
import { assertUniqueStep } from "./steps/assert-unique"
import {
  createOriginRecordStep,
  deleteOriginRecordStep,
  updateOriginRecordStep,
} from "./steps/origin-record-steps"

export type CreateCertificationInput = {
  number: string
  issuer: string
  issued_at: Date
  expires_at: Date
}
export type UpdateCertificationInput = Partial<CreateCertificationInput> & { id: string }

const createCertificationStep = createOriginRecordStep("certification")
const updateCertificationStep = updateOriginRecordStep("certification")
const deleteCertificationStep = deleteOriginRecordStep("certification")

export const createCertificationWorkflow = createWorkflow(
  "create-certification",
  (input: CreateCertificationInput) => {
    const unique = transform({ input }, ({ input }) => ({
      field: "number",
      entity: "certification" as const,
      value: input.number,
    }))
    assertUniqueStep(unique)
    return new WorkflowResponse(createCertificationStep(input))
  }
)

export const updateCertificationWorkflow = createWorkflow(
  "update-certification",
  (input: UpdateCertificationInput) => {
    const references = transform({ input }, ({ input }) => [
      { field: "id", entity: "certification" as const, id: input.id, inPath: true },
    ])
    assertReferencesStep(references)
    const unique = transform({ input }, ({ input }) => ({
      field: "number",
      entity: "certification" as const,
      value: input.number,
      id: input.id,
    }))
    assertUniqueStep(unique)
    return new WorkflowResponse(updateCertificationStep(input))
  }
)

export const deleteCertificationWorkflow = createWorkflow("delete-certification", (id: string) => {
  const references = transform({ id }, ({ id }) => [
    { field: "id", entity: "certification" as const, id, inPath: true },
  ])
  assertReferencesStep(references)
  return new WorkflowResponse(deleteCertificationStep(id))
})
