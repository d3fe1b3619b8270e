import { z } from "@medusajs/framework/zod"
import { PRODUCT_SEARCH_SORTS } from "../../../lib/search/product-search-query"

// A filter may repeat (?province=53&province=65) or list its values (?province=53,65).
const values = z.preprocess(
  (value) =>
    value === undefined
      ? undefined
      : [value]
          .flat()
          .flatMap((entry) => String(entry).split(","))
          .map((entry) => entry.trim())
          .filter(Boolean),
  z.array(z.string().max(64)).max(100).optional()
)
const fen = z.coerce.number().int().min(0).optional()

export const StoreSearchProducts = z
  .object({
    q: z.string().trim().max(200).optional(),
    province: values,
    county: values,
    category: values,
    certified: z
      .enum(["true", "false"])
      .transform((value) => value === "true")
      .optional(),
    price_min: fen,
    price_max: fen,
    sort: z.enum(PRODUCT_SEARCH_SORTS).default("relevance"),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .refine((params) => params.price_min === undefined || params.price_max === undefined || params.price_min <= params.price_max, {
    message: "price_min: must not be above price_max",
    path: ["price_min"],
  })

export type StoreSearchProductsType = z.infer<typeof StoreSearchProducts>
