import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProductOriginInput } from "./replace-product-origin-links"

/** A product's supplier must be based in the product's county. */
export const checkSupplierCountyStep = createStep(
  "check-supplier-county-step",
  async (input: ProductOriginInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["county.id", "supplier.id"],
      filters: { id: input.product_id },
    })
    const countyId = input.county_id !== undefined ? input.county_id : products[0]?.county?.id
    const supplierId = input.supplier_id !== undefined ? input.supplier_id : products[0]?.supplier?.id
    if (!supplierId || !countyId) {
      return new StepResponse(undefined)
    }
    const { data: suppliers } = await query.graph({
      entity: "supplier",
      fields: ["id", "county.id", "county.code"],
      filters: { id: supplierId },
    })
    if (suppliers[0] && suppliers[0].county?.id !== countyId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `supplier_id: supplier ${supplierId} is based in county ${suppliers[0].county?.code}, not in the product's county`
      )
    }
    return new StepResponse(undefined)
  }
)
