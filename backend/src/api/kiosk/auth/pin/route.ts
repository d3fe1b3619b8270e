import type { MedusaResponse } from "@medusajs/framework/http"
import type { KioskPinLoginResponse, KioskRefusal } from "@onecounty/contracts/kiosk"
import { ContainerRegistrationKeys, generateJwtToken } from "@medusajs/framework/utils"
import { CLERK_ACTOR, CLERK_TOKEN_TTL_S } from "../../../../modules/kiosk/constants"
import { verifyClerkPinWorkflow } from "../../../../workflows/kiosk/verify-pin"
import type { KioskRequest } from "../../kiosk-request"
import type { KioskPinLoginType } from "../../validators"

export const POST = async (req: KioskRequest<KioskPinLoginType>, res: MedusaResponse<KioskPinLoginResponse<Date> | KioskRefusal<Date>>) => {
  const { result } = await verifyClerkPinWorkflow(req.scope).run({
    input: { clerk_id: req.validatedBody.clerk_id, counter_id: req.kiosk.counter_id, pin: req.validatedBody.pin },
  })
  if (result.outcome === "locked") {
    res.status(429).json({ type: "locked", message: "Too many wrong PINs: this clerk is locked", locked_until: result.locked_until })
    return
  }
  if (result.outcome === "wrong") {
    res.status(401).json({ type: "unauthorized", message: "Wrong PIN", attempts_left: result.attempts_left })
    return
  }
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const { clerk } = result
  const token = generateJwtToken(
    {
      actor_id: clerk.id,
      actor_type: CLERK_ACTOR,
      auth_identity_id: "",
      app_metadata: { clerk_id: clerk.id, counter_id: clerk.counter_id, role: clerk.role },
    },
    { secret: http.jwtSecret as string, expiresIn: CLERK_TOKEN_TTL_S, jwtOptions: http.jwtOptions }
  )
  res.json({
    token,
    clerk: { id: clerk.id, name: clerk.name, role: clerk.role },
    expires_at: new Date(Date.now() + CLERK_TOKEN_TTL_S * 1000),
  })
}
