import { z } from "@medusajs/framework/zod"

export const AdminDecideCode = z.discriminatedUnion(
  "status",
  [
    z.object({ status: z.literal("mapped"), product_id: z.string().min(1, "product_id: required") }).strict(),
    z.object({ status: z.literal("not_assistance") }).strict(),
  ],
  { message: "status: must be mapped (with product_id) or not_assistance" }
)
export type AdminDecideCodeType = z.infer<typeof AdminDecideCode>
