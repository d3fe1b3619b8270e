import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { COUNTER_MODULE } from "../../src/modules/counter"
import { ORIGIN_MODULE } from "../../src/modules/origin"
import { reportingQueueConfig } from "../../src/reporting/queue/config"
import { ledgerQueue } from "../../src/reporting/queue/enqueue"
import { recordCaptures } from "../../src/scripts/lib/record-captures"

/** A queue of the run's own on the configured Redis, so that no other run's jobs mix in. */
export function benchQueue(tag: string) {
  process.env.REPORTING_QUEUE = `bench-${tag}`
  process.env.REPORTING_PREFIX = `bench-${tag}`
  const config = reportingQueueConfig()
  if (!config.redisUrl) {
    throw new Error("Set REDIS_URL (or REPORTING_REDIS_URL): the benchmark measures the queue path")
  }
  return { config, queue: ledgerQueue(config) }
}

export type BenchCatalogue = { regionId: string; channels: string[]; products: { id: string; variant: string }[] }

const COUNTIES = [
  ["653125", "莎车县", "宝山区"],
  ["653124", "泽普县", "宝山区"],
  ["533401", "香格里拉市", "嘉定区"],
  ["530828", "澜沧拉祜族自治县", "嘉定区"],
  ["522631", "黎平县", "闵行区"],
  ["522633", "从江县", "闵行区"],
  ["500235", "云阳县", "青浦区"],
  ["632621", "玛沁县", "静安区"],
  ["542621", "巴宜区", "浦东新区"],
  ["652901", "阿克苏市", null],
] as const

/** Ten paired counties with two products each (one in three uncertified), an online channel and a counter. */
export async function createBenchCatalogue(container: MedusaContainer, tag: string): Promise<BenchCatalogue> {
  const origin = container.resolve(ORIGIN_MODULE) as any
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const products = container.resolve(Modules.PRODUCT)
  const channels = container.resolve(Modules.SALES_CHANNEL)
  const regions = container.resolve(Modules.REGION)

  const provinces = new Map<string, string>()
  const prefectures = new Map<string, string>()
  const countyIds: string[] = []
  for (const [code, name, district] of COUNTIES) {
    const p = code.slice(0, 2)
    const f = code.slice(0, 4)
    if (!provinces.has(p)) {
      const [found] = await origin.listProvinces({ code: p })
      provinces.set(p, (found ?? (await origin.createProvinces({ code: p, name_zh: p, name_en: p }))).id)
    }
    if (!prefectures.has(f)) {
      const [found] = await origin.listPrefectures({ code: f })
      prefectures.set(f, (found ?? (await origin.createPrefectures({ code: f, name_zh: f, name_en: f, province_id: provinces.get(p) }))).id)
    }
    const [existing] = await origin.listCounties({ code })
    const county = existing ?? (await origin.createCounties({ code, name_zh: name, name_en: code, prefecture_id: prefectures.get(f) }))
    if (!existing) {
      await origin.createPairings({
        county_id: county.id,
        district_zh: district,
        district_en: null,
        relation_type: "east_west",
        valid_from: new Date("2016-01-01T00:00:00+08:00"),
      })
    }
    countyIds.push(county.id)
  }
  const cert = await origin.createCertifications({
    number: `BENCH-${tag}`,
    issuer: "bench",
    issued_at: new Date("2015-01-01T00:00:00+08:00"),
    expires_at: new Date("2099-01-01T00:00:00+08:00"),
  })
  const [online, counterChannel] = await channels.createSalesChannels([{ name: `Bench online ${tag}` }, { name: `Bench counter ${tag}` }])
  const counter = await (container.resolve(COUNTER_MODULE) as any).createCounters({
    code: `B-${tag}`,
    name_zh: "基准柜台",
    name_en: "Bench counter",
    kind: "counter",
    address: "bench",
    district_zh: "宝山区",
    district_en: "Baoshan",
  })
  await link.create({ [COUNTER_MODULE]: { counter_id: counter.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: counterChannel.id } })
  const region = await regions.createRegions({ name: `Bench ${tag}`, currency_code: "cny" })

  const created = await products.createProducts(
    countyIds.flatMap((_, c) =>
      [0, 1].map((k) => ({
        title: `Bench ${tag} ${c}-${k}`,
        status: "published" as const,
        options: [{ title: "Size", values: ["One"] }],
        variants: [{ title: "One", options: { Size: "One" }, manage_inventory: false }],
      }))
    )
  )
  await link.create(
    created.flatMap((p, i) => [
      { [Modules.PRODUCT]: { product_id: p.id }, [ORIGIN_MODULE]: { county_id: countyIds[Math.floor(i / 2)] } },
      ...(i % 3 === 2 ? [] : [{ [Modules.PRODUCT]: { product_id: p.id }, [ORIGIN_MODULE]: { certification_id: cert.id } }]),
    ])
  )
  return {
    regionId: region.id,
    channels: [online.id, counterChannel.id],
    products: created.map((p) => ({ id: p.id, variant: p.variants![0].id })),
  }
}

/**
 * Paid orders written through the order module in bulk — a storefront checkout per order would
 * take longer than the benchmark itself. Deterministic from the seed; `itemsPerOrder` lines each.
 */
export async function createBenchOrders(
  container: MedusaContainer,
  catalogue: BenchCatalogue,
  count: number,
  itemsPerOrder: number,
  seed = 1
): Promise<string[]> {
  const orders = container.resolve(Modules.ORDER)
  let state = seed
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  const ids: string[] = []
  for (let start = 0; start < count; start += 250) {
    const batch = Array.from({ length: Math.min(250, count - start) }, () => ({
      currency_code: "cny",
      region_id: catalogue.regionId,
      sales_channel_id: catalogue.channels[random() < 0.7 ? 0 : 1],
      email: "bench@onecounty.test",
      status: "pending" as const,
      items: Array.from({ length: itemsPerOrder }, () => {
        const product = catalogue.products[Math.floor(random() * catalogue.products.length)]
        return {
          title: "bench item",
          product_id: product.id,
          variant_id: product.variant,
          quantity: 1 + Math.floor(random() * 3),
          unit_price: Math.round(100 + random() * 9900) / 100,
        }
      }),
    }))
    const created = await orders.createOrders(batch)
    // a sale counts when its money is received: each order gets its capture, as checkout would
    await recordCaptures(container, created.map((o) => ({ order_id: o.id, amount: "1" })))
    ids.push(...created.map((o) => o.id))
  }
  return ids
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}
