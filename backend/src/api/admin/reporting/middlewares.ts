import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateOfficial, AdminListReconciliations, AdminStartReconciliation } from "./validators"

export const adminReportingRoutes: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/reporting/reconciliations",
    middlewares: [validateAndTransformBody(AdminStartReconciliation)],
  },
  {
    method: ["GET"],
    matcher: "/admin/reporting/reconciliations",
    middlewares: [validateAndTransformQuery(AdminListReconciliations, {})],
  },
  { method: ["POST"], matcher: "/admin/reporting/officials", middlewares: [validateAndTransformBody(AdminCreateOfficial)] },
]
