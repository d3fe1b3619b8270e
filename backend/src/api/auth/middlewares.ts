import type { MiddlewareRoute } from "@medusajs/framework/http"
import { signInLimit } from "./sign-in-limit"

export const authRoutes: MiddlewareRoute[] = [{ method: ["POST"], matcher: "/auth/:actor_type/emailpass", middlewares: [signInLimit] }]
