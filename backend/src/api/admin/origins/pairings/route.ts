import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPairingResponse } from "@onecounty/contracts/admin-origins"
import { createPairingWorkflow } from "../../../../workflows/origin/pairing-workflows"
import { fetchRecord, listRecords } from "../records"
import type { AdminCreatePairingType } from "../validators"

export const GET = listRecords("pairing")

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreatePairingType>,
  res: MedusaResponse<AdminPairingResponse<Date>>
) => {
  const { result } = await createPairingWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ pairing: await fetchRecord(req, "pairing", result.id) })
}
