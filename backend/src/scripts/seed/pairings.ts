import type { MedusaContainer } from "@medusajs/framework/types"
import { RELATION_BY_PROVINCE } from "../../data/regions"
import { ORIGIN_MODULE } from "../../modules/origin"
import type OriginModuleService from "../../modules/origin/service"
import { PAIRED_COUNTIES } from "./county-data"

// The 14th Five-Year Plan period's pairings, on Shanghai calendar days.
const FIVE_YEAR_PLAN_START = new Date("2021-01-01T00:00:00+08:00")

// An earlier, closed pairing for Shangri-La to show a county's pairing history. Windows are
// half-open, so ending at the next plan's first day covers 2017-01-01 to 2020-12-31 without overlap.
const HISTORY = [
  {
    county_code: "533401",
    district_zh: "宝山区",
    district_en: "Baoshan",
    valid_from: new Date("2017-01-01T00:00:00+08:00"),
    valid_to: FIVE_YEAR_PLAN_START,
  },
]

type PairingRow = {
  county_code: string
  district_zh: string | null
  district_en: string | null
  valid_from: Date
  valid_to: Date | null
}

/** Step 3: one current pairing per county, plus the historical one above. */
export async function seedPairings(container: MedusaContainer, countyIds: Map<string, string>) {
  const origin: OriginModuleService = container.resolve(ORIGIN_MODULE)
  const wanted: PairingRow[] = [
    ...PAIRED_COUNTIES.map((c) => ({
      county_code: c.code,
      district_zh: c.shanghai_partner_zh,
      district_en: c.shanghai_partner_en,
      valid_from: FIVE_YEAR_PLAN_START,
      valid_to: null,
    })),
    ...HISTORY,
  ]
  const provinceOf = new Map(PAIRED_COUNTIES.map((c) => [c.code, c.province_code]))

  // A county's pairings are told apart by their start: at most one may begin on a given day.
  const existing = await origin.listPairings({ county_id: [...countyIds.values()] })
  const present = new Set(existing.map((p) => `${p.county_id}|${new Date(p.valid_from).getTime()}`))
  const missing = wanted.filter(
    (p) => !present.has(`${countyIds.get(p.county_code)}|${p.valid_from.getTime()}`)
  )
  if (missing.length) {
    await origin.createPairings(
      missing.map((p) => ({
        county_id: countyIds.get(p.county_code)!,
        district_zh: p.district_zh,
        district_en: p.district_en,
        relation_type: RELATION_BY_PROVINCE[provinceOf.get(p.county_code)!],
        valid_from: p.valid_from,
        valid_to: p.valid_to,
      }))
    )
  }
  return { total: wanted.length, created: missing.length }
}
