import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateApiKeysWorkflow,
  updateRegionsWorkflow,
  updateSalesChannelsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

import { DEMO_PAYMENT_PROVIDER_ID, demoPaymentAllowed } from "../../modules/demo-payment/options"
import { STRIPE_PROVIDER_IDS, stripeOptionsFromEnv } from "../../modules/stripe-payment/options"

const STORE_NAME = "一县一品 OneCounty"
const ONLINE_CHANNEL = "线上商城 Online"
export const ONLINE_KEY_TITLE = "Online storefront"
const REGION_NAME = "中国 China"
const WAREHOUSE_NAME = "上海中心仓 Shanghai central warehouse"
const FULFILLMENT_SET_NAME = "上海中心仓发货 Shanghai warehouse shipping"
const MANUAL_PROVIDER = "manual_manual"

// Medusa creates these on first start; the seed adopts them instead of leaving unused twins.
const MEDUSA_DEFAULT_CHANNEL = "Default Sales Channel"
const MEDUSA_DEFAULT_KEY = "Default Publishable API Key"

const SHIPPING_OPTIONS = [
  { name: "标准快递 Standard delivery", code: "standard", amount: 10, description: "3–5 天送达 · 3–5 days" },
  { name: "顺丰次日达 Next-day", code: "next-day", amount: 22, description: "次日送达 · next day" },
]

export type StoreSeed = {
  online_channel_id: string
  region_id: string
  warehouse_id: string
  shipping_profile_id: string
  publishable_key: string
  created: number
}

async function ensureOnlineChannel(container: MedusaContainer, defaultChannelId?: string | null) {
  const channels = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await channels.listSalesChannels({ name: ONLINE_CHANNEL })
  if (existing) {
    return { id: existing.id, created: 0 }
  }
  const [medusaDefault] = defaultChannelId
    ? await channels.listSalesChannels({ id: defaultChannelId, name: MEDUSA_DEFAULT_CHANNEL })
    : []
  const update = { name: ONLINE_CHANNEL, description: "OneCounty web and mini-program storefront" }
  if (medusaDefault) {
    await updateSalesChannelsWorkflow(container).run({ input: { selector: { id: medusaDefault.id }, update } })
    return { id: medusaDefault.id, created: 1 }
  }
  const { result } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [update] } })
  return { id: result[0].id, created: 1 }
}

async function ensureRegion(container: MedusaContainer) {
  const regions = container.resolve(Modules.REGION)
  // Online checkout takes real money (Stripe) or, in development and demos, the demo payment that
  // captures at once; Medusa's system provider (unpaid orders) is not offered online.
  const paymentProviders = [
    ...(demoPaymentAllowed() ? [DEMO_PAYMENT_PROVIDER_ID] : []),
    ...(stripeOptionsFromEnv() ? STRIPE_PROVIDER_IDS : []),
  ]
  const [existing] = await regions.listRegions({ name: REGION_NAME }, { relations: ["payment_providers"] })
  if (existing) {
    // Switching Stripe on later must not need the admin: the region gains the providers it lacks.
    const current = (existing.payment_providers ?? []).map((provider) => provider.id)
    const missing = paymentProviders.filter((id) => !current.includes(id))
    const kept = current.filter((id) => id !== "pp_system_default")
    if (missing.length || kept.length !== current.length) {
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: existing.id }, update: { payment_providers: [...kept, ...missing] } },
      })
    }
    return { id: existing.id, created: 0 }
  }
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: REGION_NAME,
          currency_code: "cny",
          countries: ["cn"],
          payment_providers: paymentProviders,
          // Chinese retail prices include VAT.
          is_tax_inclusive: true,
        },
      ],
    },
  })
  return { id: result[0].id, created: 1 }
}

async function ensureTaxRegion(container: MedusaContainer) {
  const tax = container.resolve(Modules.TAX)
  const existing = await tax.listTaxRegions({ country_code: "cn" })
  if (existing.some((taxRegion) => !taxRegion.parent_id)) {
    return 0
  }
  await createTaxRegionsWorkflow(container).run({ input: [{ country_code: "cn", provider_id: "tp_system" }] })
  return 1
}

async function ensureWarehouse(container: MedusaContainer) {
  const locations = container.resolve(Modules.STOCK_LOCATION)
  const [existing] = await locations.listStockLocations({ name: WAREHOUSE_NAME })
  if (existing) {
    return { id: existing.id, created: 0 }
  }
  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: WAREHOUSE_NAME,
          address: {
            address_1: "浦东新区航头镇航都路18号",
            city: "上海",
            province: "上海市",
            postal_code: "201316",
            country_code: "CN",
          },
        },
      ],
    },
  })
  return { id: result[0].id, created: 1 }
}

async function ensureShippingProfile(container: MedusaContainer) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listShippingProfiles({ type: "default" })
  if (existing) {
    return { id: existing.id, created: 0 }
  }
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  return { id: result[0].id, created: 1 }
}

/** The warehouse ships through the manual provider to one service zone, mainland China. */
async function ensureWarehouseShipping(container: MedusaContainer, warehouseId: string, regionId: string, profileId: string) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let created = 0

  let [fulfillmentSet] = await fulfillment.listFulfillmentSets(
    { name: FULFILLMENT_SET_NAME },
    { relations: ["service_zones"] }
  )
  if (!fulfillmentSet) {
    fulfillmentSet = await fulfillment.createFulfillmentSets({
      name: FULFILLMENT_SET_NAME,
      type: "shipping",
      service_zones: [{ name: "中国大陆 Mainland China", geo_zones: [{ country_code: "cn", type: "country" }] }],
    })
    created++
  }

  const { data: warehouses } = await query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_providers.id", "fulfillment_sets.id"],
    filters: { id: warehouseId },
  })
  const warehouse = warehouses[0]
  if (!warehouse.fulfillment_providers?.some((p: { id: string } | null) => p?.id === MANUAL_PROVIDER)) {
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: warehouseId },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_PROVIDER },
    })
    created++
  }
  if (!warehouse.fulfillment_sets?.some((s: { id: string } | null) => s?.id === fulfillmentSet.id)) {
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: warehouseId },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
    created++
  }

  const existing = await fulfillment.listShippingOptions({ name: SHIPPING_OPTIONS.map((o) => o.name) })
  const missing = SHIPPING_OPTIONS.filter((o) => !existing.some((e) => e.name === o.name))
  if (missing.length) {
    await createShippingOptionsWorkflow(container).run({
      input: missing.map((option) => ({
        name: option.name,
        price_type: "flat" as const,
        provider_id: MANUAL_PROVIDER,
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: profileId,
        type: { label: option.name, description: option.description, code: option.code },
        prices: [
          { currency_code: "cny", amount: option.amount },
          { region_id: regionId, amount: option.amount },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      })),
    })
    created += missing.length
  }
  return created
}

async function ensureChannelAtWarehouse(container: MedusaContainer, warehouseId: string, channelId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["sales_channels.id"],
    filters: { id: warehouseId },
  })
  if (data[0]?.sales_channels?.some((c: { id: string } | null) => c?.id === channelId)) {
    return 0
  }
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: warehouseId, add: [channelId] } })
  return 1
}

async function ensurePublishableKey(container: MedusaContainer, channelId: string) {
  const apiKeys = container.resolve(Modules.API_KEY)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let created = 0
  const usable = async (title: string) =>
    (await apiKeys.listApiKeys({ title, type: "publishable" })).find((k) => !k.revoked_at)
  let key = await usable(ONLINE_KEY_TITLE)
  if (!key) {
    const medusaDefault = await usable(MEDUSA_DEFAULT_KEY)
    key = medusaDefault
      ? (await updateApiKeysWorkflow(container).run({
          input: { selector: { id: medusaDefault.id }, update: { title: ONLINE_KEY_TITLE } },
        })).result[0]
      : (await createApiKeysWorkflow(container).run({
          input: { api_keys: [{ title: ONLINE_KEY_TITLE, type: "publishable", created_by: "" }] },
        })).result[0]
    created++
  }
  const { data } = await query.graph({ entity: "api_key", fields: ["sales_channels.id"], filters: { id: key.id } })
  if (!data[0]?.sales_channels?.some((c: { id: string } | null) => c?.id === channelId)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channelId] } })
    created++
  }
  return { token: key.token, created }
}

/** Step 1: the store in CNY, the China region and tax region, the online channel, warehouse and shipping. */
export async function seedStore(container: MedusaContainer): Promise<StoreSeed> {
  const stores = container.resolve(Modules.STORE)
  const [store] = await stores.listStores({}, { relations: ["supported_currencies"] })

  const channel = await ensureOnlineChannel(container, store.default_sales_channel_id)
  const region = await ensureRegion(container)
  const taxCreated = await ensureTaxRegion(container)
  const warehouse = await ensureWarehouse(container)
  const profile = await ensureShippingProfile(container)
  const shippingCreated = await ensureWarehouseShipping(container, warehouse.id, region.id, profile.id)
  const stockedCreated = await ensureChannelAtWarehouse(container, warehouse.id, channel.id)
  const key = await ensurePublishableKey(container, channel.id)

  const currencies = store.supported_currencies ?? []
  const storeUpToDate =
    store.name === STORE_NAME &&
    store.default_sales_channel_id === channel.id &&
    store.default_region_id === region.id &&
    store.default_location_id === warehouse.id &&
    currencies.length === 1 &&
    currencies[0].currency_code === "cny" &&
    currencies[0].is_default
  if (!storeUpToDate) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: STORE_NAME,
          // Chinese retail prices include VAT.
          supported_currencies: [{ currency_code: "cny", is_default: true, is_tax_inclusive: true }],
          default_sales_channel_id: channel.id,
          default_region_id: region.id,
          default_location_id: warehouse.id,
        },
      },
    })
  }

  return {
    online_channel_id: channel.id,
    region_id: region.id,
    warehouse_id: warehouse.id,
    shipping_profile_id: profile.id,
    publishable_key: key.token,
    created:
      channel.created +
      region.created +
      taxCreated +
      warehouse.created +
      profile.created +
      shippingCreated +
      stockedCreated +
      key.created +
      (storeUpToDate ? 0 : 1),
  }
}
