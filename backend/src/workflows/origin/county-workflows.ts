import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertReferencesStep } from "./steps/assert-references"
import { ensurePrefectureStep } from "./steps/ensure-prefecture"
import { createOriginRecordStep, updateOriginRecordStep } from "./steps/origin-record-steps"

export type CreateCountyInput = {
  code: string
  name_en: string
  name_zh?: string
  specialty_zh?: string | null
  specialty_en?: string | null
  story_zh?: string | null
  story_en?: string | null
  verified?: boolean
}

const createCountyStep = createOriginRecordStep("county")

export const createCountyWorkflow = createWorkflow("create-county", (input: CreateCountyInput) => {
  const division = ensurePrefectureStep(input.code)
  const data = transform({ input, division }, ({ input, division }) => ({
    ...input,
    name_zh: input.name_zh ?? division.name_zh,
    prefecture_id: division.prefecture_id,
  }))
  return new WorkflowResponse(createCountyStep(data))
})
export type UpdateCountyInput = {
  id: string
  name_zh?: string
  name_en?: string
  specialty_zh?: string | null
  specialty_en?: string | null
  story_zh?: string | null
  story_en?: string | null
  verified?: boolean
}

const updateCountyStep = updateOriginRecordStep("county")

export const updateCountyWorkflow = createWorkflow("update-county", (input: UpdateCountyInput) => {
  const references = transform({ input }, ({ input }) => [
    { field: "id", entity: "county" as const, id: input.id, inPath: true },
  ])
  assertReferencesStep(references)
  return new WorkflowResponse(updateCountyStep(input))
})
