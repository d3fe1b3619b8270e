import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPairingResponse, AdminOriginDeleteResponse } from "@onecounty/contracts/admin-origins"
import {
  deletePairingWorkflow,
  updatePairingWorkflow,
} from "../../../../../workflows/origin/pairing-workflows"
import { fetchRecord, retrieveRecord } from "../../records"
import type { AdminUpdatePairingType } from "../../validators"

export const GET = retrieveRecord("pairing")

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdatePairingType>,
  res: MedusaResponse<AdminPairingResponse<Date>>
) => {
  await updatePairingWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ pairing: await fetchRecord(req, "pairing", req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminOriginDeleteResponse<"pairing">>) => {
  await deletePairingWorkflow(req.scope).run({ input: req.params.id })
  res.json({ id: req.params.id, object: "pairing", deleted: true })
}
