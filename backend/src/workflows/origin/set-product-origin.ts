import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertReferencesStep } from "./steps/assert-references"
import { checkSupplierCountyStep } from "./steps/check-supplier-county"
import {
  replaceProductOriginLinksStep,
  type ProductOriginInput,
} from "./steps/replace-product-origin-links"

export const setProductOriginWorkflow = createWorkflow(
  "set-product-origin",
  (input: ProductOriginInput) => {
    const references = transform({ input }, ({ input }) => [
      { field: "id", entity: "product" as const, id: input.product_id, inPath: true },
      { field: "county_id", entity: "county" as const, id: input.county_id },
      { field: "supplier_id", entity: "supplier" as const, id: input.supplier_id },
      { field: "certification_id", entity: "certification" as const, id: input.certification_id },
    ])
    assertReferencesStep(references)
    checkSupplierCountyStep(input)
    return new WorkflowResponse(replaceProductOriginLinksStep(input))
  }
)
