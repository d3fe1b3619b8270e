/**
 * The catalogue bench/checkout.ts checks out from, written the same way into OneCounty's database
 * and into the vanilla Medusa application's: a CNY region with Medusa's system payment provider,
 * one warehouse shipping to China, one flat-rate shipping option, a publishable key and five
 * products with stock enough for every run. Only @medusajs imports, so the vanilla application can
 * run it too. Writes what the shoppers need (key, region, variants) as JSON to BENCH_SEED_OUT.
 */
import { writeFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

const PRODUCTS = 5
const STOCK = 10_000_000

export default async function seedCheckoutBench({ container }: ExecArgs) {
  const out = process.env.BENCH_SEED_OUT
  if (!out) {
    throw new Error("BENCH_SEED_OUT: the file to write the seed's ids to")
  }
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const inventory = container.resolve(Modules.INVENTORY)

  const {
    result: [channel],
  } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Bench web" }] } })
  const [store] = await container.resolve(Modules.STORE).listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: { supported_currencies: [{ currency_code: "cny", is_default: true }], default_sales_channel_id: channel.id },
    },
  })
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Bench China", currency_code: "cny", countries: ["cn"], payment_providers: ["pp_system_default"] }] },
  })
  await createTaxRegionsWorkflow(container).run({ input: [{ country_code: "cn", provider_id: "tp_system" }] })

  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Bench warehouse", address: { address_1: "航都路18号", city: "上海", country_code: "CN" } }] },
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  const [existingProfile] = await fulfillment.listShippingProfiles({ type: "default" })
  const profile =
    existingProfile ??
    (await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Default Shipping Profile", type: "default" }] } }))
      .result[0]
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: "Bench shipping",
    type: "shipping",
    service_zones: [{ name: "China", geo_zones: [{ country_code: "cn", type: "country" }] }],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standard",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: profile.id,
        type: { label: "Standard", description: "3–5 days", code: "standard" },
        prices: [
          { currency_code: "cny", amount: 10 },
          { region_id: region.id, amount: 10 },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [channel.id] } })

  const {
    result: [key],
  } = await createApiKeysWorkflow(container).run({ input: { api_keys: [{ title: "Bench web", type: "publishable", created_by: "" }] } })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })

  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: Array.from({ length: PRODUCTS }, (_, i) => ({
        title: `Bench walnuts ${i + 1}`,
        handle: `bench-walnuts-${i + 1}`,
        status: ProductStatus.PUBLISHED,
        shipping_profile_id: profile.id,
        options: [{ title: "Size", values: ["500g"] }],
        variants: [
          {
            title: "500g",
            sku: `BENCH-WALNUT-${i + 1}`,
            options: { Size: "500g" },
            manage_inventory: true,
            prices: [{ currency_code: "cny", amount: 30 + i }],
          },
        ],
        sales_channels: [{ id: channel.id }],
      })),
    },
  })
  const variantIds = products.flatMap((product) => product.variants.map((variant) => variant.id))
  const items = await inventory.listInventoryItems({ sku: products.flatMap((p) => p.variants.map((v) => v.sku!)) })
  await createInventoryLevelsWorkflow(container).run({
    input: { inventory_levels: items.map((item) => ({ inventory_item_id: item.id, location_id: location.id, stocked_quantity: STOCK })) },
  })

  writeFileSync(out, JSON.stringify({ publishable_key: key.token, region_id: region.id, variant_ids: variantIds }))
}
