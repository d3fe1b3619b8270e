import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
// One partner's codes (/admin/partners/:id/codes) and every partner's are the same listing.
import { AdminListCodes } from "../partners/validators"
import { AdminDecideCode } from "./validators"

export const adminPartnerCodeRoutes: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/partner-codes", middlewares: [validateAndTransformQuery(AdminListCodes, {})] },
  { method: ["POST"], matcher: "/admin/partner-codes/:id", middlewares: [validateAndTransformBody(AdminDecideCode)] },
]
