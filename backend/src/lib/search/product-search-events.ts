import type { RemoteQueryFunction, SearchTypes } from "@medusajs/framework/types"

/**
 * Links from a product to data its search document holds, keyed by the name their link
 * service emits `<name>.attached` / `<name>.detached` under (the link module names it
 * PascalCase("Link_" + link table)), to the link's Query entry point. Those events carry the
 * link row's id only, so the product is read off the row, soft-deleted ones included.
 */
const PRODUCT_LINKS: Record<string, string> = {
  LinkProductProductOriginCounty: "product_county",
  LinkProductProductOriginCertification: "product_certification",
  LinkProductSalesChannel: "product_sales_channel",
}

export const PRODUCT_SEARCH_EVENTS = [
  "product.created",
  "product.updated",
  "product.deleted",
  // Prices live on variants.
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  "product-category.updated",
  "product-category.deleted",
  // The origin module's own events (MedusaService: "<module>.<model>.<action>").
  "origin.county.updated",
  "origin.county.deleted",
  "origin.prefecture.updated",
  "origin.province.updated",
  "origin.certification.updated",
  "origin.certification.deleted",
  // An operator's edit in the admin's translation pages (English titles and category names).
  "translation.created",
  "translation.updated",
  "translation.deleted",
  ...Object.keys(PRODUCT_LINKS).flatMap((link) => [`${link}.attached`, `${link}.detached`]),
]

type Row = Record<string, any>

function payloadIds(data: unknown): string[] {
  return (Array.isArray(data) ? data : [data])
    .flatMap((entry) => (entry as { id?: unknown } | null)?.id)
    .filter((id): id is string => typeof id === "string")
}

async function read(
  query: RemoteQueryFunction,
  entity: string,
  field: string,
  filters: Record<string, string[]>,
  pick: (row: Row) => (string | null | undefined)[]
): Promise<string[]> {
  const { data } = await query.graph({ entity, fields: [field], filters, withDeleted: true })
  return [...new Set((data as Row[]).flatMap(pick).filter((id): id is string => !!id))]
}

const productsOfCounties = (query: RemoteQueryFunction, countyIds: string[]) =>
  read(query, "product_county", "product_id", { county_id: countyIds }, (row) => [row.product_id])

/** The products an event changes the search documents of. */
export async function resolveProductIds(
  event: { name: string; data: unknown },
  { container: { query } }: SearchTypes.SearchIngestionContext
): Promise<string[]> {
  const ids = payloadIds(event.data)
  const subject = event.name.slice(0, event.name.lastIndexOf("."))
  if (!ids.length) {
    return []
  }
  switch (subject) {
    case "product":
      return ids
    case "product-variant":
      return read(query, "product_variant", "product_id", { id: ids }, (row) => [row.product_id])
    case "product-category":
      return read(query, "product_category", "products.id", { id: ids }, (row) => (row.products ?? []).map((p: Row) => p?.id))
    case "origin.county":
      return productsOfCounties(query, ids)
    case "origin.prefecture":
      return productsOfCounties(
        query,
        await read(query, "prefecture", "counties.id", { id: ids }, (row) => (row.counties ?? []).map((c: Row) => c?.id))
      )
    case "origin.province":
      return productsOfCounties(
        query,
        await read(query, "province", "prefectures.counties.id", { id: ids }, (row) =>
          (row.prefectures ?? []).flatMap((p: Row) => (p?.counties ?? []).map((c: Row) => c?.id))
        )
      )
    case "translation": {
      const rows = await read(query, "translation", "reference_id", { id: ids }, (row) => [row.reference_id])
      const [products, categories] = await Promise.all([
        read(query, "product", "id", { id: rows }, (row) => [row.id]),
        read(query, "product_category", "products.id", { id: rows }, (row) => (row.products ?? []).map((p: Row) => p?.id)),
      ])
      return [...new Set([...products, ...categories])]
    }
    case "origin.certification":
      return read(query, "product_certification", "product_id", { certification_id: ids }, (row) => [row.product_id])
    default:
      return subject in PRODUCT_LINKS
        ? read(query, PRODUCT_LINKS[subject], "product_id", { id: ids }, (row) => [row.product_id])
        : []
  }
}
