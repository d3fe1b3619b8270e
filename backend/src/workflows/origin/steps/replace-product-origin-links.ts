import type { Link } from "@medusajs/framework/modules-sdk"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORIGIN_MODULE } from "../../../modules/origin"

export type ProductOriginInput = {
  product_id: string
  /** undefined keeps the current link, null removes it. */
  county_id?: string | null
  supplier_id?: string | null
  certification_id?: string | null
}

const TARGETS = [
  { field: "county_id", key: "county" },
  { field: "supplier_id", key: "supplier" },
  { field: "certification_id", key: "certification" },
] as const

type Current = Record<(typeof TARGETS)[number]["field"], string | null>

const linkDef = (productId: string, key: string, id: string) => ({
  [Modules.PRODUCT]: { product_id: productId },
  [ORIGIN_MODULE]: { [`${key}_id`]: id },
})

async function currentOrigin(
  query: Pick<RemoteQueryFunction, "graph">,
  productId: string
): Promise<Current> {
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "county.id", "supplier.id", "certification.id"],
    filters: { id: productId },
  })
  const product = data[0]
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `id: no product with id ${productId}`)
  }
  return {
    county_id: product.county?.id ?? null,
    supplier_id: product.supplier?.id ?? null,
    certification_id: product.certification?.id ?? null,
  }
}

async function applyOrigin(
  link: Pick<Link, "dismiss" | "create">,
  productId: string,
  from: Current,
  to: Partial<Current>
) {
  for (const { field, key } of TARGETS) {
    const next = to[field]
    if (next === undefined || next === from[field]) {
      continue
    }
    if (from[field]) {
      await link.dismiss(linkDef(productId, key, from[field] as string))
    }
    if (next) {
      await link.create(linkDef(productId, key, next))
    }
  }
}

/** Points a product at its county, supplier and certification, one link of each at most. */
export const replaceProductOriginLinksStep = createStep(
  "replace-product-origin-links-step",
  async (input: ProductOriginInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const before = await currentOrigin(query, input.product_id)
    await applyOrigin(link, input.product_id, before, input)
    const after = { ...before, ...Object.fromEntries(TARGETS.filter(({ field }) => input[field] !== undefined).map(({ field }) => [field, input[field]])) } as Current
    return new StepResponse(after, { product_id: input.product_id, before, after })
  },
  async (previous, { container }) => {
    if (previous) {
      const link = container.resolve(ContainerRegistrationKeys.LINK)
      await applyOrigin(link, previous.product_id, previous.after, previous.before)
    }
  }
)
