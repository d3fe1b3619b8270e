import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { rateLimit } from "../../lib/kiosk/rate-limit"
import { CLERK_ACTOR } from "../../modules/kiosk/constants"
import { kioskCors } from "./cors"
import { requireClerkOfDevice, requireDevice, type KioskRequest } from "./kiosk-request"
import {
  KioskCloseCashSession,
  KioskDateQuery,
  KioskOpenCashSession,
  KioskPinLogin,
  KioskRegisterDevice,
  KioskReturnSale,
  KioskSubmitSale,
} from "./validators"

const MINUTE = 60_000
const ip = (req: MedusaRequest) => req.ip ?? req.socket.remoteAddress ?? "?"
const clerk = [requireDevice, authenticate(CLERK_ACTOR, ["bearer"]), requireClerkOfDevice]
// A sale's override carries a manager PIN: those guesses are limited per device (sales without
// an override pass untouched, an offline queue must never be held back).
const overrideLimit = rateLimit({
  name: "kiosk-override",
  limit: 10,
  windowMs: MINUTE,
  key: (req) => (req as KioskRequest).kiosk.device_id,
})
const limitOverrides = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
  (req.body as { override?: unknown } | undefined)?.override ? overrideLimit(req, res, next) : next()

export const kioskRoutes: MiddlewareRoute[] = [
  { matcher: "/kiosk*", middlewares: [kioskCors()] },
  {
    method: ["POST"],
    matcher: "/kiosk/devices",
    // 32^8 possible codes: 30 guesses a minute is no threat, and a shop can set up its tills.
    middlewares: [rateLimit({ name: "kiosk-device-registration", limit: 30, windowMs: MINUTE, key: ip }), validateAndTransformBody(KioskRegisterDevice)],
  },
  { method: ["GET"], matcher: "/kiosk/device", middlewares: [requireDevice] },
  { method: ["GET"], matcher: "/kiosk/clerks", middlewares: [requireDevice] },
  {
    method: ["POST"],
    matcher: "/kiosk/auth/pin",
    middlewares: [
      requireDevice,
      rateLimit({ name: "kiosk-pin", limit: 10, windowMs: MINUTE, key: (req) => `${ip(req)}|${(req.body as { clerk_id?: string })?.clerk_id}` }),
      validateAndTransformBody(KioskPinLogin),
    ],
  },
  { method: ["GET"], matcher: "/kiosk/catalogue", middlewares: clerk },
  { method: ["POST"], matcher: "/kiosk/sales", middlewares: [...clerk, limitOverrides, validateAndTransformBody(KioskSubmitSale)] },
  { method: ["GET"], matcher: "/kiosk/sales", middlewares: [...clerk, validateAndTransformQuery(KioskDateQuery, {})] },
  { method: ["GET"], matcher: "/kiosk/sales/:id", middlewares: clerk },
  {
    method: ["POST"],
    matcher: "/kiosk/sales/:id/returns",
    middlewares: [
      ...clerk,
      // The manager PIN is checked here, so guesses are limited per device.
      rateLimit({ name: "kiosk-return", limit: 10, windowMs: MINUTE, key: (req) => (req as KioskRequest).kiosk.device_id }),
      validateAndTransformBody(KioskReturnSale),
    ],
  },
  { method: ["POST"], matcher: "/kiosk/cash-sessions", middlewares: [...clerk, validateAndTransformBody(KioskOpenCashSession)] },
  { method: ["GET"], matcher: "/kiosk/cash-sessions/current", middlewares: clerk },
  { method: ["POST"], matcher: "/kiosk/cash-sessions/:id/close", middlewares: [...clerk, validateAndTransformBody(KioskCloseCashSession)] },
  { method: ["GET"], matcher: "/kiosk/summary", middlewares: [...clerk, validateAndTransformQuery(KioskDateQuery, {})] },
]
