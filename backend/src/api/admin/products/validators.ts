import { z } from "@medusajs/framework/zod"

/** A product's county, supplier and certification links: an id sets one, null removes it, absent leaves it. */
export const AdminSetProductOrigin = z.object({
  county_id: z.string().nullish(),
  supplier_id: z.string().nullish(),
  certification_id: z.string().nullish(),
})

export type AdminSetProductOriginType = z.infer<typeof AdminSetProductOrigin>
