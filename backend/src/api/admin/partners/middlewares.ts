import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { rawBody } from "../../partners/raw-body"
import {
  AdminCreateCode,
  AdminCreateOutlet,
  AdminCreatePartner,
  AdminEmpty,
  AdminListCodes,
  AdminListPartners,
  AdminUpdateOutlet,
  AdminUpdatePartner,
} from "./validators"

export const adminPartnerRoutes: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/partners", middlewares: [validateAndTransformQuery(AdminListPartners, {})] },
  { method: ["POST"], matcher: "/admin/partners", middlewares: [validateAndTransformBody(AdminCreatePartner)] },
  { method: ["POST"], matcher: "/admin/partners/:id", middlewares: [validateAndTransformBody(AdminUpdatePartner)] },
  { method: ["POST"], matcher: "/admin/partners/:id/outlets", middlewares: [validateAndTransformBody(AdminCreateOutlet)] },
  { method: ["POST"], matcher: "/admin/partners/:id/outlets/:outlet_id", middlewares: [validateAndTransformBody(AdminUpdateOutlet)] },
  { method: ["POST"], matcher: "/admin/partners/:id/credentials", middlewares: [validateAndTransformBody(AdminEmpty)] },
  { method: ["POST"], matcher: "/admin/partners/:id/credentials/:credential_id/*", middlewares: [validateAndTransformBody(AdminEmpty)] },
  { method: ["GET"], matcher: "/admin/partners/:id/codes", middlewares: [validateAndTransformQuery(AdminListCodes, {})] },
  { method: ["POST"], matcher: "/admin/partners/:id/codes", middlewares: [validateAndTransformBody(AdminCreateCode)] },
  { method: ["POST"], matcher: "/admin/partners/:id/sales/files", bodyParser: false, middlewares: [rawBody] },
]
