import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCounterDeleteResponse, AdminCounterResponse } from "@onecounty/contracts/admin-counters"
import { deleteCounterWorkflow } from "../../../../workflows/counter/delete-counter"
import { updateCounterWorkflow } from "../../../../workflows/counter/update-counter"
import { fetchCounter } from "../fields"
import type { AdminUpdateCounterType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCounterResponse<Date>>) => {
  res.json({ counter: await fetchCounter(req, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCounterType>, res: MedusaResponse<AdminCounterResponse<Date>>) => {
  await updateCounterWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ counter: await fetchCounter(req, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCounterDeleteResponse>) => {
  await deleteCounterWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "counter", deleted: true })
}
