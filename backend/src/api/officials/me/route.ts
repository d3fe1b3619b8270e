import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MeResponse } from "@onecounty/contracts/officials"
import { csrfTokenOf } from "../csrf"
import { currentOfficial } from "../signed-in-official"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<MeResponse>) => {
  // the console sends the token back on its writes (see ../csrf.ts)
  res.json({ official: currentOfficial(req), csrf_token: csrfTokenOf(req) })
}
