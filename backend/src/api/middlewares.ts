import { defineMiddlewares } from "@medusajs/framework/http"
import { counterRoutes } from "./admin/counters/middlewares"
import { adminOriginRoutes } from "./admin/origins/middlewares"
import { adminPartnerCodeRoutes } from "./admin/partner-codes/middlewares"
import { adminPartnerRoutes } from "./admin/partners/middlewares"
import { adminProductRoutes } from "./admin/products/middlewares"
import { adminReportingRoutes } from "./admin/reporting/middlewares"
import { authRoutes } from "./auth/middlewares"
import { consoleRoutes } from "./console/middlewares"
import { paymentHookRoutes } from "./hooks/verify-stripe-webhook"
import { kioskRoutes } from "./kiosk/middlewares"
import { officialRoutes } from "./officials/middlewares"
import { officialPartnerRoutes } from "./officials/partners/middlewares"
import { partnerRoutes } from "./partners/middlewares"
import { storeOriginRoutes } from "./store/middlewares"
import { securityErrorHandler, securityRoutes } from "./security/middlewares"
import { storeSearchRoutes } from "./store/search/middlewares"

export default defineMiddlewares({
  errorHandler: securityErrorHandler,
  routes: [...securityRoutes, ...authRoutes, ...adminOriginRoutes, ...adminProductRoutes, ...storeOriginRoutes, ...adminReportingRoutes, ...officialRoutes, ...counterRoutes, ...storeSearchRoutes, ...consoleRoutes, ...paymentHookRoutes, ...kioskRoutes, ...partnerRoutes, ...adminPartnerRoutes, ...adminPartnerCodeRoutes, ...officialPartnerRoutes],
})
