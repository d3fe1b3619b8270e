import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { CodeKind } from "../../../modules/partner/constants"
import { codeKey } from "../../../reporting/partners/partner-key"
import { enqueueLedgerJob } from "../../../reporting/queue/enqueue"
import { codeViews, partnersOf } from "./views"

export const PARTNER_CODE_DECIDED = "partner.code_decided"

type Decision = { status: "mapped"; product_id: string } | { status: "not_assistance" }

async function productExists(scope: MedusaContainer, productId: string) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id"], filters: { id: productId } })
  return data.length > 0
}

/**
 * Records an operator's decision on a partner's code (creating the code if it was not listed)
 * and queues the booking of its lines: once mapped, each books on its own sale day. Entries a
 * code booked before it was marked not-assistance leave the ledger at the next reconciliation
 * of their days.
 */
export async function decideCode(
  scope: MedusaContainer,
  target: { id: string } | { partner_id: string; kind: CodeKind; code: string },
  decision: Decision,
  actorId: string
) {
  if (decision.status === "mapped" && !(await productExists(scope, decision.product_id))) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `product_id: ${decision.product_id} is not a product`)
  }
  const partners = partnersOf(scope)
  const [existing] = await partners.listPartnerProductCodes("id" in target ? { id: target.id } : target)
  if (!existing && "id" in target) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `partner code ${target.id} was not found`)
  }
  const values = {
    status: decision.status,
    product_id: decision.status === "mapped" ? decision.product_id : null,
    decided_by: actorId,
    decided_at: new Date(),
  }
  const [code] = existing
    ? await partners.updatePartnerProductCodes([{ id: existing.id, ...values }])
    : await partners.createPartnerProductCodes([{ ...(target as { partner_id: string; kind: CodeKind; code: string }), ...values }])
  const [view] = await codeViews(scope, [code as unknown as Record<string, unknown>])
  if (decision.status === "mapped" && view.lines_waiting > 0) {
    await enqueueLedgerJob(scope, {
      event: PARTNER_CODE_DECIDED,
      order_id: codeKey(code.id),
      source_id: `${code.id}-${values.decided_at.getTime()}`,
    })
  }
  return { code: view, queued_lines: decision.status === "mapped" ? view.lines_waiting : 0 }
}
