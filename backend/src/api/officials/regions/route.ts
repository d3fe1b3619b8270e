import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Named, Regions } from "@onecounty/contracts/officials"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COUNTER_MODULE } from "../../../modules/counter"
import type CounterModuleService from "../../../modules/counter/service"
import { SHANGHAI_DISTRICTS } from "../../../modules/origin/constants"

type CountyRow = Named & { prefecture: Named & { province: Named } }

/**
 * Names for the codes the reports return: provinces, prefectures and counties (with their
 * parents), Shanghai's districts and the counters.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Regions>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "county",
    fields: [
      "code", "name_zh", "name_en",
      "prefecture.code", "prefecture.name_zh", "prefecture.name_en",
      "prefecture.province.code", "prefecture.province.name_zh", "prefecture.province.name_en",
    ],
  })
  const counties = data as CountyRow[]
  const provinces = new Map<string, Named>()
  const prefectures = new Map<string, Named & { province_code: string }>()
  for (const c of counties) {
    const { province, ...prefecture } = c.prefecture
    provinces.set(province.code, { code: province.code, name_zh: province.name_zh, name_en: province.name_en })
    prefectures.set(prefecture.code, { ...prefecture, province_code: province.code })
  }
  const counters = await req.scope.resolve<CounterModuleService>(COUNTER_MODULE).listCounters({}, { select: ["id", "name_zh", "name_en", "kind", "district_zh"] })
  const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code)
  res.json({
    provinces: [...provinces.values()].sort(byCode),
    prefectures: [...prefectures.values()].sort(byCode),
    counties: counties
      .map((c) => ({ code: c.code, name_zh: c.name_zh, name_en: c.name_en, prefecture_code: c.prefecture.code, province_code: c.prefecture.province.code }))
      .sort(byCode),
    districts: SHANGHAI_DISTRICTS.map((d) => ({ code: d.zh, name_zh: d.zh, name_en: d.en })),
    counters: counters.map((c) => ({ code: c.id, name_zh: c.name_zh, name_en: c.name_en, kind: c.kind, district_zh: c.district_zh })),
  })
}
