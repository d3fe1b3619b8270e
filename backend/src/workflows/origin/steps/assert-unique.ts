import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type UniqueCheck = {
  field: string
  entity: "supplier" | "certification"
  value?: string
  /** The record being updated, which may keep its own value. */
  id?: string
}

/** Fails with HTTP 400 naming the field when another record already holds the value. */
export const assertUniqueStep = createStep(
  "assert-origin-unique-step",
  async ({ field, entity, value, id }: UniqueCheck, { container }) => {
    if (value === undefined) {
      return new StepResponse(undefined)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity, fields: ["id"], filters: { [field]: value } })
    const holder = data.find((row: { id: string }) => row.id !== id)
    if (holder) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${field}: ${value} is already used by ${entity} ${holder.id}`
      )
    }
    return new StepResponse(undefined)
  }
)
