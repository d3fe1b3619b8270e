import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCounterWorkflow, type CreateCounterInput } from "../../workflows/counter/create-counter"
import { ensureAssortment, type Outlet } from "./assortment"

const COUNTER_STOCK = 30

const COUNTERS: CreateCounterInput[] = [
  {
    code: "HUB-PD",
    name_zh: "浦东新区消费帮扶中心",
    name_en: "Pudong consumption-assistance hub",
    kind: "hub",
    address: "张杨路1588号",
    district_zh: "浦东新区",
  },
  {
    code: "CTR-XH",
    name_zh: "徐汇区百县百品专柜",
    name_en: "Xuhui hundred-counties counter",
    kind: "counter",
    address: "漕溪北路398号",
    district_zh: "徐汇区",
  },
  {
    code: "CTR-SJ",
    name_zh: "松江区消费帮扶专柜",
    name_en: "Songjiang consumption-assistance counter",
    kind: "counter",
    address: "中山中路258号",
    district_zh: "松江区",
  },
  {
    code: "OUT-JA",
    name_zh: "静安区超市消费帮扶专区",
    name_en: "Jing'an supermarket assistance corner",
    kind: "outlet",
    address: "共和新路1988号",
    district_zh: "静安区",
  },
  {
    code: "OUT-YP",
    name_zh: "杨浦区超市消费帮扶专区",
    name_en: "Yangpu supermarket assistance corner",
    kind: "outlet",
    address: "控江路1500号",
    district_zh: "杨浦区",
  },
  {
    code: "DS-MH",
    name_zh: "闵行区百县百品直营店",
    name_en: "Minhang hundred-counties store",
    kind: "direct_store",
    address: "七莘路3655号",
    district_zh: "闵行区",
  },
]

type CounterRow = {
  code: string
  deleted_at?: string | Date | null
  sales_channel?: { id: string } | null
  stock_location?: { id: string } | null
}

/** Step 8: the counters, each with its own channel, location and key, selling and stocking every product. */
export async function seedCounters(container: MedusaContainer, productIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const codes = COUNTERS.map((c) => c.code)
  const lookup = async () =>
    (
      await query.graph({
        entity: "counter",
        fields: ["code", "deleted_at", "sales_channel.id", "stock_location.id"],
        filters: { code: codes },
        // An operator may have closed a seeded counter: it is not opened again.
        withDeleted: true,
      })
    ).data as CounterRow[]

  const present = new Set((await lookup()).map((c) => c.code))
  const missing = COUNTERS.filter((c) => !present.has(c.code))
  for (const counter of missing) {
    await createCounterWorkflow(container).run({ input: counter })
  }

  const outlets: Outlet[] = (await lookup()).flatMap((c) =>
    !c.deleted_at && c.sales_channel && c.stock_location
      ? [{ sales_channel_id: c.sales_channel.id, stock_location_id: c.stock_location.id }]
      : []
  )
  const stocked = await ensureAssortment(container, productIds, outlets, COUNTER_STOCK)
  return { total: COUNTERS.length, created: missing.length, stocked }
}
