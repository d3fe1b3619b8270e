import { defineMiddlewares } from "@medusajs/framework/http"
import { adminOriginRoutes } from "./admin/origins/middlewares"
import { storeOriginRoutes } from "./store/middlewares"

export default defineMiddlewares({
  routes: [...adminOriginRoutes, ...storeOriginRoutes],
})
