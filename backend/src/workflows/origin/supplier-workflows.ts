import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { SupplierType } from "../../modules/origin/constants"
import { assertReferencesStep } from "./steps/assert-references"
import { assertUniqueStep } from "./steps/assert-unique"
import {
  createOriginRecordStep,
  deleteOriginRecordStep,
  updateOriginRecordStep,
} from "./steps/origin-record-steps"

type SupplierFields = {
  name?: string
  type?: SupplierType
  credit_code?: string
  county_id?: string
  households_linked?: number
  contact_phone?: string | null
}
export type CreateSupplierInput = SupplierFields & {
  name: string
  type: SupplierType
  credit_code: string
  county_id: string
}
export type UpdateSupplierInput = SupplierFields & { id: string }

const createSupplierStep = createOriginRecordStep("supplier")
const updateSupplierStep = updateOriginRecordStep("supplier")
const deleteSupplierStep = deleteOriginRecordStep("supplier")

export const createSupplierWorkflow = createWorkflow("create-supplier", (input: CreateSupplierInput) => {
  const references = transform({ input }, ({ input }) => [
    { field: "county_id", entity: "county" as const, id: input.county_id },
  ])
  assertReferencesStep(references)
  const unique = transform({ input }, ({ input }) => ({
    field: "credit_code",
    entity: "supplier" as const,
    value: input.credit_code,
  }))
  assertUniqueStep(unique)
  return new WorkflowResponse(createSupplierStep(input))
})

export const updateSupplierWorkflow = createWorkflow("update-supplier", (input: UpdateSupplierInput) => {
  const references = transform({ input }, ({ input }) => [
    { field: "id", entity: "supplier" as const, id: input.id, inPath: true },
    { field: "county_id", entity: "county" as const, id: input.county_id },
  ])
  assertReferencesStep(references)
  const unique = transform({ input }, ({ input }) => ({
    field: "credit_code",
    entity: "supplier" as const,
    value: input.credit_code,
    id: input.id,
  }))
  assertUniqueStep(unique)
  return new WorkflowResponse(updateSupplierStep(input))
})

export const deleteSupplierWorkflow = createWorkflow("delete-supplier", (id: string) => {
  const references = transform({ id }, ({ id }) => [
    { field: "id", entity: "supplier" as const, id, inPath: true },
  ])
  assertReferencesStep(references)
  return new WorkflowResponse(deleteSupplierStep(id))
})
