import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { OfficialReportQuery } from "../validators"

// The same query as the reports (year, district scope, month, paging); the officials' own
// authentication and CSRF come from the /officials* row in ../middlewares.ts.
export const officialPartnerRoutes: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/officials/partners/*", middlewares: [validateAndTransformQuery(OfficialReportQuery, {})] },
]
