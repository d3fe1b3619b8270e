import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow, createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { ORIGIN_MODULE } from "../../src/modules/origin"
import { createClerkWorkflow } from "../../src/workflows/kiosk/clerks"
import { createCounterWorkflow } from "../../src/workflows/counter/create-counter"
import { findCounterPlace, type CounterPlace } from "../../src/workflows/counter/steps/find-counter"

export const PINS = { manager: "246810", clerk: "1357" }
export const PRICE_FEN = 1234
export const STOCK = 10

export type KioskWorld = {
  a: CounterPlace
  b: CounterPlace
  variant: string
  inventoryItem: string
  clerks: { aManager: string; aClerk: string; bClerk: string }
}

/**
 * Two counters (A, B) selling one stock-managed product of a paired, certified county at 12.34
 * yuan, 10 units at each counter's own location, a manager and a clerk at A and a clerk at B.
 */
export async function createKioskWorld(container: MedusaContainer): Promise<KioskWorld> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const origin = container.resolve(ORIGIN_MODULE) as any
  const counter = (code: string, district_zh: string) =>
    createCounterWorkflow(container).run({
      input: { code, name_zh: `${district_zh}专柜`, name_en: `${code} counter`, kind: "counter", address: "1号", district_zh },
    })
  const [{ result: ca }, { result: cb }] = [await counter("CTR-A", "徐汇区"), await counter("CTR-B", "松江区")]
  const [a, b] = [await findCounterPlace(container, ca.id), await findCounterPlace(container, cb.id)]

  await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "China", currency_code: "cny", countries: ["cn"], payment_providers: ["pp_system_default"], is_tax_inclusive: true }] },
  })
  const province = await origin.createProvinces({ code: "65", name_zh: "新疆维吾尔自治区", name_en: "Xinjiang" })
  const prefecture = await origin.createPrefectures({ code: "6531", name_zh: "喀什地区", name_en: "Kashgar", province_id: province.id })
  const county = await origin.createCounties({ code: "653125", name_zh: "莎车县", name_en: "Shache", prefecture_id: prefecture.id })
  await origin.createPairings({
    county_id: county.id,
    district_zh: "宝山区",
    district_en: "Baoshan",
    relation_type: "counterpart",
    valid_from: new Date("2017-01-01T00:00:00+08:00"),
  })

  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "莎车巴旦木",
          status: "published",
          options: [{ title: "规格", values: ["500g"] }],
          sales_channels: [{ id: a.sales_channel_id }, { id: b.sales_channel_id }],
          variants: [
            { title: "500g", sku: "SC-BDM-500", options: { 规格: "500g" }, manage_inventory: true, prices: [{ amount: 12.34, currency_code: "cny" }] },
          ],
        },
      ],
    },
  })
  const product = products[0]
  await link.create({ [Modules.PRODUCT]: { product_id: product.id }, [ORIGIN_MODULE]: { county_id: county.id } })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: { id: product.variants[0].id },
  })
  const inventoryItem = (data[0] as any).inventory_items[0].inventory_item_id as string
  await container.resolve(Modules.INVENTORY).createInventoryLevels([
    { inventory_item_id: inventoryItem, location_id: a.stock_location_id, stocked_quantity: STOCK },
    { inventory_item_id: inventoryItem, location_id: b.stock_location_id, stocked_quantity: STOCK },
  ])

  const clerk = async (counter_id: string, name: string, role: "clerk" | "manager", pin: string) =>
    (await createClerkWorkflow(container).run({ input: { counter_id, name, role, pin } })).result.id
  return {
    a,
    b,
    variant: product.variants[0].id,
    inventoryItem,
    clerks: {
      aManager: await clerk(a.id, "王经理", "manager", PINS.manager),
      aClerk: await clerk(a.id, "李店员", "clerk", PINS.clerk),
      bClerk: await clerk(b.id, "张店员", "clerk", PINS.clerk),
    },
  }
}

/** Units in stock at a location. */
export async function stockAt(container: MedusaContainer, inventoryItem: string, locationId: string) {
  const [level] = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({ inventory_item_id: inventoryItem, location_id: locationId })
  return Number(level.stocked_quantity)
}
