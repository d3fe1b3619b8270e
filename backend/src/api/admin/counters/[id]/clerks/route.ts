import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminClerkResponse, AdminClerksResponse } from "@onecounty/contracts/admin-counters"
import { KIOSK_MODULE } from "../../../../../modules/kiosk"
import type KioskModuleService from "../../../../../modules/kiosk/service"
import { createClerkWorkflow } from "../../../../../workflows/kiosk/clerks"
import { findCounterPlace } from "../../../../../workflows/counter/steps/find-counter"
import type { AdminCreateClerkType } from "../../validators"
import { clerkView } from "./clerk-view"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminClerksResponse<Date>>) => {
  await findCounterPlace(req.scope, req.params.id)
  const clerks = await req.scope
    .resolve<KioskModuleService>(KIOSK_MODULE)
    .listClerks({ counter_id: req.params.id }, { order: { name: "ASC" }, take: null })
  res.json({ clerks: clerks.map(clerkView) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateClerkType>, res: MedusaResponse<AdminClerkResponse<Date>>) => {
  const { result } = await createClerkWorkflow(req.scope).run({ input: { ...req.validatedBody, counter_id: req.params.id } })
  res.status(201).json({ clerk: clerkView(result) })
}
