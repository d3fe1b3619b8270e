import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { InferTypeOf } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { SUPPORT_MODULE } from "../../modules/support"
import type { Official } from "../../modules/support/models/official"
import type SupportModuleService from "../../modules/support/service"

type OfficialRecord = InferTypeOf<typeof Official>

// Keyed by the request so nothing is bolted onto Medusa's request type.
const signedIn = new WeakMap<MedusaRequest, OfficialRecord>()

/**
 * Every /officials route, after `authenticate`: a token outlives the official it was issued to (an
 * operator may remove them), so the record is loaded on each request and a removed one gets 401.
 */
export async function requireOfficial(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const { actor_id } = (req as AuthenticatedMedusaRequest).auth_context
    const support = req.scope.resolve<SupportModuleService>(SUPPORT_MODULE)
    const [official] = await support.listOfficials({ id: actor_id })
    if (!official) {
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
    }
    signedIn.set(req, official as OfficialRecord)
    next()
  } catch (e) {
    next(e)
  }
}

/** The official `requireOfficial` loaded for this request. */
export function currentOfficial(req: MedusaRequest): OfficialRecord {
  const official = signedIn.get(req)
  if (!official) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  }
  return official
}
