import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { AdminCredential, AdminOutlet, AdminPartner, AdminPartnerCode } from "@onecounty/contracts/admin-partners"
import { hashSecret, newKeyId, newSecret, sealSecret } from "../../../modules/partner/credential-secret"
import { PARTNER_MODULE } from "../../../modules/partner"
import type PartnerModuleService from "../../../modules/partner/service"

export const partnersOf = (scope: MedusaContainer) => scope.resolve<PartnerModuleService>(PARTNER_MODULE)

const PARTNER_FIELDS = ["id", "name_zh", "name_en", "kind", "district_zh", "created_at", "updated_at"] as const
const OUTLET_FIELDS = ["id", "partner_id", "code", "name", "district_zh", "created_at", "updated_at"] as const
const CREDENTIAL_FIELDS = ["id", "partner_id", "key_id", "secret_hint", "created_at", "last_used_at", "revoked_at"] as const
export const CODE_FIELDS = ["id", "partner_id", "kind", "code", "status", "product_id", "decided_by", "decided_at", "created_at"] as const

const pick = <K extends string>(record: Record<string, unknown>, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, record[k] ?? null])) as Record<K, unknown>

export const partnerView = (p: Record<string, unknown>) => pick(p, PARTNER_FIELDS) as AdminPartner<Date>
export const outletView = (o: Record<string, unknown>) => pick(o, OUTLET_FIELDS) as AdminOutlet<Date>
/** Never the secret nor its seal: only the hint. */
export const credentialView = (c: Record<string, unknown>) => pick(c, CREDENTIAL_FIELDS) as AdminCredential<Date>

export async function partnerOr404(scope: MedusaContainer, id: string) {
  const [partner] = await partnersOf(scope).listPartners({ id })
  if (!partner) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `partner ${id} was not found`)
  }
  return partner
}

/** A new key id and secret for the partner; the secret is returned this once and kept sealed. */
export async function issueCredential(scope: MedusaContainer, partnerId: string) {
  const secret = newSecret()
  const [credential] = await partnersOf(scope).createPartnerCredentials([
    { partner_id: partnerId, key_id: newKeyId(), secret_sealed: sealSecret(secret), secret_hash: hashSecret(secret), secret_hint: secret.slice(-4) },
  ])
  return { credential: credentialView(credential as unknown as Record<string, unknown>), secret }
}

/** Review-queue items with what waits on them. */
export async function codeViews(scope: MedusaContainer, codes: Record<string, unknown>[]): Promise<AdminPartnerCode<Date>[]> {
  const partners = partnersOf(scope)
  const stats = await partners.waitingLines(codes.map((c) => c.id as string))
  return codes.map((c) => ({
    ...(pick(c, CODE_FIELDS) as Omit<AdminPartnerCode<Date>, "lines_waiting" | "amount_fen_waiting" | "first_sold_at" | "last_sold_at">),
    ...(stats.get(c.id as string) ?? { lines_waiting: 0, amount_fen_waiting: 0, first_sold_at: null, last_sold_at: null }),
  }))
}
