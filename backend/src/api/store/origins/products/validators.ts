import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/** The most products one request may ask about: a storefront list page is at most 100. */
export const MAX_ORIGIN_PRODUCTS = 100

// A list may repeat (?ids=a&ids=b), list its values (?ids=a,b) or come as ids[]=a.
const list = <T extends z.ZodTypeAny>(items: T) =>
  z.preprocess(
    (value) =>
      value === undefined
        ? undefined
        : [value]
            .flat()
            .flatMap((entry) => String(entry).split(","))
            .map((entry) => entry.trim())
            .filter(Boolean),
    items
  )

export const StoreOriginProducts = z
  .object({
    ids: list(
      z
        .array(z.string().max(64))
        .min(1, "at least one product id")
        .max(MAX_ORIGIN_PRODUCTS, `at most ${MAX_ORIGIN_PRODUCTS} product ids`)
    ),
    fields: list(z.array(z.string().max(100)).max(50)).optional(),
  })
  // `origin_fields`: Medusa's request types keep `fields` for a Query selection string
  .transform(({ ids, fields }) => ({ ids, origin_fields: fields }))

export type StoreOriginProductsType = z.infer<typeof StoreOriginProducts>

/**
 * Validates the query into req.validatedQuery, 400 naming the field. Not Medusa's
 * validateAndTransformQuery: that reads `fields` as a Query selection of Medusa's own entities.
 */
export function validateStoreOriginProducts(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const parsed = StoreOriginProducts.safeParse(req.query)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, `${issue.path.join(".") || "query"}: ${issue.message}`))
  }
  req.validatedQuery = parsed.data
  next()
}
