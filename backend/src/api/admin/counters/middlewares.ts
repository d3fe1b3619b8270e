import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { DEFAULT_COUNTER_FIELDS } from "./fields"
import { AdminCounterSales, AdminCreateClerk, AdminCreateCounter, AdminListCounters, AdminUpdateClerk, AdminUpdateCounter } from "./validators"

const queryConfig = (isList: boolean) =>
  validateAndTransformQuery(AdminListCounters, { defaults: DEFAULT_COUNTER_FIELDS, isList })

export const counterRoutes: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/counters", middlewares: [queryConfig(true)] },
  {
    method: ["POST"],
    matcher: "/admin/counters",
    middlewares: [validateAndTransformBody(AdminCreateCounter), queryConfig(false)],
  },
  { method: ["GET"], matcher: "/admin/counters/:id", middlewares: [queryConfig(false)] },
  {
    method: ["POST"],
    matcher: "/admin/counters/:id",
    middlewares: [validateAndTransformBody(AdminUpdateCounter), queryConfig(false)],
  },
  { method: ["GET"], matcher: "/admin/counters/:id/sales", middlewares: [validateAndTransformQuery(AdminCounterSales, {})] },
  { method: ["POST"], matcher: "/admin/counters/:id/clerks", middlewares: [validateAndTransformBody(AdminCreateClerk)] },
  { method: ["POST"], matcher: "/admin/counters/:id/clerks/:clerk_id", middlewares: [validateAndTransformBody(AdminUpdateClerk)] },
]
