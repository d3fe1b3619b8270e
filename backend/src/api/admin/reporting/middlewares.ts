import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ImportTargets, TargetListQuery } from "../../../reporting/targets/validators"
import { tableUpload } from "../../table-upload"
import { QUEUE_DASHBOARD_PATH, queueDashboard } from "./queue-dashboard"
import {
  AdminCreateOfficial,
  AdminListAttention,
  AdminRetryAttention,
  AdminListReconciliations,
  AdminSetTarget,
  AdminStartReconciliation,
} from "./validators"

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
  { method: ["GET"], matcher: "/admin/reporting/targets", middlewares: [validateAndTransformQuery(TargetListQuery, {})] },
  { method: ["POST"], matcher: "/admin/reporting/targets", middlewares: [validateAndTransformBody(AdminSetTarget)] },
  {
    method: ["POST"],
    matcher: "/admin/reporting/targets/import",
    // a year's targets for every county and district fit easily; the default 100kb may not
    // preserveRawBody: a text/plain upload keeps its bytes, which may be GBK
    bodyParser: { sizeLimit: "5mb", preserveRawBody: true },
    middlewares: [tableUpload, validateAndTransformBody(ImportTargets)],
  },
  { method: ["GET"], matcher: "/admin/reporting/attention", middlewares: [validateAndTransformQuery(AdminListAttention, {})] },
  { method: ["POST"], matcher: "/admin/reporting/attention/retry", middlewares: [validateAndTransformBody(AdminRetryAttention)] },
  { matcher: QUEUE_DASHBOARD_PATH, middlewares: [queueDashboard] },
]
