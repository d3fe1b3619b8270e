import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { currentOfficial } from "../signed-in-official"

/** The signed-in official, if operators gave them the right to set targets. */
export function targetEditor(req: AuthenticatedMedusaRequest) {
  const official = currentOfficial(req)
  if (!official.can_edit_targets) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "can_edit_targets: you may read targets but not set them")
  }
  return official
}
