import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PARTNER_MODULE } from "../../modules/partner"
import type PartnerModuleService from "../../modules/partner/service"
import type { ReferenceKey, StoredLine } from "../../modules/partner/service"
import type { AttributionCache } from "../ledger/attribution-cache"
import { loadOrigins } from "../ledger/load-order-facts"
import type { Attribution } from "../ledger/types"
import type { ProductOf } from "./build-partner-entries"

type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: any[] }> }

/** Products of our variants' barcodes (EAN-13), "" for a barcode no variant has. */
export async function productsByBarcode(query: Query, barcodes: string[], cache?: AttributionCache): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  const missing = barcodes.filter((b) => {
    const hit = cache?.barcodes.get(b)
    if (hit !== undefined) {
      found.set(b, hit)
    }
    return hit === undefined
  })
  if (missing.length) {
    const { data } = await query.graph({ entity: "product_variant", fields: ["barcode", "product_id"], filters: { barcode: missing } })
    const byBarcode = new Map(data.map((v: any) => [v.barcode as string, v.product_id as string]))
    for (const b of missing) {
      const product = byBarcode.get(b) ?? ""
      found.set(b, product)
      cache?.barcodes.set(b, product)
    }
  }
  return found
}

/**
 * A line's product: an operator's decision on the partner's code first (mapped, or not an
 * assistance product), else the variant with that barcode; a SKU needs a mapping.
 */
export async function productResolver(container: MedusaContainer, lines: StoredLine[], cache?: AttributionCache): Promise<ProductOf> {
  const partners = container.resolve<PartnerModuleService>(PARTNER_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
  const partnerIds = [...new Set(lines.map((l) => l.partner_id))]
  const codes = [...new Set(lines.map((l) => (l.barcode ?? l.sku) as string))]
  const barcodes = [...new Set(lines.map((l) => l.barcode).filter((b): b is string => !!b))]
  const [decisions, variants] = await Promise.all([partners.decidedCodes(partnerIds, codes), productsByBarcode(query, barcodes, cache)])
  const decided = new Map(decisions.map((d) => [`${d.partner_id}|${d.kind}|${d.code}`, d.status === "mapped" ? d.product_id : null]))
  return (line) => {
    const key = line.barcode ? `${line.partner_id}|barcode|${line.barcode}` : `${line.partner_id}|sku|${line.sku}`
    if (decided.has(key)) {
      return decided.get(key) ?? null
    }
    return line.barcode ? variants.get(line.barcode) || null : null
  }
}

/** Lines ordered by partner and reference (as the partner module returns them), one group per reference. */
export function groupByReference(lines: StoredLine[]): StoredLine[][] {
  const groups: StoredLine[][] = []
  let group: StoredLine[] = []
  for (const line of lines) {
    if (group.length && (group[0].reference !== line.reference || group[0].partner_id !== line.partner_id)) {
      groups.push(group)
      group = []
    }
    group.push(line)
  }
  if (group.length) {
    groups.push(group)
  }
  return groups
}

/** The products of whole references' stored lines (one group per reference), and those products' origins. */
export async function partnerFactsOf(container: MedusaContainer, references: StoredLine[][], cache?: AttributionCache) {
  const lines = references.flat()
  const productOf = await productResolver(container, lines, cache)
  const productIds = [...new Set(lines.map(productOf).filter((id): id is string => !!id))]
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
  const products = await loadOrigins(query, productIds, cache)
  const attribution: Attribution = { products, channels: new Map() }
  return { references, productOf, attribution }
}

/** The stored lines of the references, their products, and those products' origins. */
export async function loadPartnerFacts(container: MedusaContainer, keys: ReferenceKey[], cache?: AttributionCache) {
  const lines = await container.resolve<PartnerModuleService>(PARTNER_MODULE).linesOfReferences(keys)
  return partnerFactsOf(container, groupByReference(lines), cache)
}
