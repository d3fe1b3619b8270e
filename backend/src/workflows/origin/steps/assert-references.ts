import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type Reference = {
  /** The request field that holds the id, named in the error. */
  field: string
  entity: "county" | "supplier" | "certification" | "product" | "pairing"
  id?: string | null
  /** A path parameter: a missing record is a 404, not a bad request. */
  inPath?: boolean
}

/** Fails with HTTP 400 naming the field when a referenced record does not exist. */
export const assertReferencesStep = createStep(
  "assert-origin-references-step",
  async (references: Reference[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    for (const { field, entity, id, inPath } of references) {
      if (!id) {
        continue
      }
      const { data } = await query.graph({ entity, fields: ["id"], filters: { id } })
      if (!data.length) {
        throw new MedusaError(
          inPath ? MedusaError.Types.NOT_FOUND : MedusaError.Types.INVALID_DATA,
          `${field}: no ${entity} with id ${id}`
        )
      }
    }
    return new StepResponse(undefined)
  }
)
