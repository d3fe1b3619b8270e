import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ean13For } from "../../lib/ean13"
import { ORIGIN_MODULE } from "../../modules/origin"
import { ensureAssortment } from "./assortment"
import { CATALOGUE, type CatalogueItem } from "./catalogue"
import type { CategoryHandle } from "./categories"
import { PAIRED_COUNTIES } from "./county-data"
import { productDescription, productTitle } from "./product-copy"
import type { StoreSeed } from "./store"

const WAREHOUSE_STOCK = 200
const OPTION = "规格 Size"
const SINGLE_VARIANT = "默认 Default"
// GS1 China company prefix for the catalogue's own barcodes.
const BARCODE_PREFIX = "6970"

export const productHandle = (item: CatalogueItem) => `${item.county_code}-${item.slug}`

export type ProductSeedInput = {
  store: StoreSeed
  categoryIds: Map<CategoryHandle, string>
  countyIds: Map<string, string>
  supplierIds: Map<string, string>
  certificationIds: Map<string, string>
}

/** Barcodes number the catalogue's variants in order, so a product keeps its codes across runs. */
function barcodeNumbers(): Map<string, number[]> {
  let next = 1
  return new Map(CATALOGUE.map((item) => [item.county_code, item.packs.map(() => next++)]))
}

function productInput(item: CatalogueItem, barcodes: number[], input: ProductSeedInput) {
  const county = PAIRED_COUNTIES.find((c) => c.code === item.county_code)!
  const single = item.packs.length === 1
  return {
    title: productTitle(item),
    description: productDescription(item, county).zh,
    handle: productHandle(item),
    status: ProductStatus.PUBLISHED,
    weight: item.packs[0].grams,
    origin_country: "cn",
    category_ids: [input.categoryIds.get(item.category)!],
    shipping_profile_id: input.store.shipping_profile_id,
    sales_channels: [{ id: input.store.online_channel_id }],
    metadata: item.seed_choice ? { specialty_source: "seed" } : undefined,
    options: [{ title: OPTION, values: single ? [SINGLE_VARIANT] : item.packs.map((p) => p.zh) }],
    variants: item.packs.map((pack, i) => ({
      title: single ? SINGLE_VARIANT : pack.zh,
      sku: `OC-${item.county_code}-${String(i + 1).padStart(2, "0")}`,
      barcode: ean13For(BARCODE_PREFIX, barcodes[i]),
      manage_inventory: true,
      weight: pack.grams,
      options: { [OPTION]: single ? SINGLE_VARIANT : pack.zh },
      prices: [{ currency_code: "cny", amount: pack.price }],
    })),
  }
}

/** Step 7: one product per county, linked to its county, supplier and certificate, stocked online. */
export async function seedProducts(container: MedusaContainer, input: ProductSeedInput) {
  const products = container.resolve(Modules.PRODUCT)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const handles = CATALOGUE.map(productHandle)
  const existing = await products.listProducts({ handle: handles }, { select: ["id", "handle"] })
  const present = new Set(existing.map((p) => p.handle))
  const barcodes = barcodeNumbers()
  const missing = CATALOGUE.filter((item) => !present.has(productHandle(item)))
  if (missing.length) {
    await createProductsWorkflow(container).run({
      input: { products: missing.map((item) => productInput(item, barcodes.get(item.county_code)!, input)) },
    })
  }

  const { data: rows } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "county.id", "supplier.id", "certification.id"],
    filters: { handle: handles },
  })
  const itemByHandle = new Map(CATALOGUE.map((item) => [productHandle(item), item]))
  const links = rows.flatMap((product) => {
    const code = itemByHandle.get(product.handle)!.county_code
    const targets = [
      { key: "county", id: input.countyIds.get(code), linked: product.county?.id },
      { key: "supplier", id: input.supplierIds.get(code), linked: product.supplier?.id },
      { key: "certification", id: input.certificationIds.get(code), linked: product.certification?.id },
    ]
    return targets
      .filter((t) => t.id && !t.linked)
      .map((t) => ({
        [Modules.PRODUCT]: { product_id: product.id },
        [ORIGIN_MODULE]: { [`${t.key}_id`]: t.id },
      }))
  })
  if (links.length) {
    await link.create(links)
  }

  const ids = rows.map((p) => p.id as string)
  const stocked = await ensureAssortment(
    container,
    ids,
    [{ sales_channel_id: input.store.online_channel_id, stock_location_id: input.store.warehouse_id }],
    WAREHOUSE_STOCK
  )
  return { ids, total: handles.length, created: missing.length, links: links.length, stocked }
}
