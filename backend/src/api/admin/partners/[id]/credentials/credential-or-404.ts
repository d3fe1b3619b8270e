import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { partnersOf } from "../../views"

export async function credentialOr404(scope: MedusaContainer, partnerId: string, credentialId: string) {
  const [credential] = await partnersOf(scope).listPartnerCredentials({ id: credentialId, partner_id: partnerId })
  if (!credential) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `credential ${credentialId} of partner ${partnerId} was not found`)
  }
  return credential
}
