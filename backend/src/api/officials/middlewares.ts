import { authenticate, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { OFFICIAL_ACTOR } from "../../modules/support/constants"
import { TargetListQuery } from "../admin/reporting/validators"
import { officialsCors } from "./cors"
import { OfficialReportQuery } from "./validators"

export const officialRoutes: MiddlewareRoute[] = [
  { matcher: "/officials*", middlewares: [officialsCors, authenticate(OFFICIAL_ACTOR, ["bearer", "session"])] },
  { method: ["GET"], matcher: "/officials/reports/*", middlewares: [validateAndTransformQuery(OfficialReportQuery, {})] },
  { method: ["GET"], matcher: "/officials/targets", middlewares: [validateAndTransformQuery(TargetListQuery, {})] },
]
