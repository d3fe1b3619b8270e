import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PREFECTURE_EN, PROVINCE_EN } from "../../../data/regions"
import { lookupCounty } from "../../../lib/division"
import { ORIGIN_MODULE } from "../../../modules/origin"
import type OriginModuleService from "../../../modules/origin/service"

type Created = { province_id?: string; prefecture_id?: string }

/**
 * Finds the prefecture (and province) a county code belongs to in GB/T 2260, creating them when
 * this is the first county there, and fails when the county already exists.
 */
export const ensurePrefectureStep = createStep(
  "ensure-prefecture-step",
  async (code: string, { container }) => {
    const origin: OriginModuleService = container.resolve(ORIGIN_MODULE)
    const division = lookupCounty(code)
    if (!division) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `code: ${code} is not a county-level division in GB/T 2260`)
    }
    const [existing] = await origin.listCounties({ code })
    if (existing) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `code: county ${code} already exists`)
    }
    const created: Created = {}
    let [province] = await origin.listProvinces({ code: division.province_code })
    if (!province) {
      province = await origin.createProvinces({
        code: division.province_code,
        name_zh: division.province_name ?? division.province_code,
        name_en: PROVINCE_EN[division.province_code] ?? division.province_name ?? division.province_code,
      })
      created.province_id = province.id
    }
    let [prefecture] = await origin.listPrefectures({ code: division.prefecture_code })
    if (!prefecture) {
      // Chongqing's districts sit under the placeholder "市辖区" in GB/T 2260: name it after the city.
      const nameZh =
        division.prefecture_name === "市辖区" ? division.province_name : division.prefecture_name
      prefecture = await origin.createPrefectures({
        code: division.prefecture_code,
        name_zh: nameZh ?? division.prefecture_code,
        name_en: PREFECTURE_EN[division.prefecture_code] ?? nameZh ?? division.prefecture_code,
        province_id: province.id,
      })
      created.prefecture_id = prefecture.id
    }
    return new StepResponse({ prefecture_id: prefecture.id, name_zh: division.name }, created)
  },
  async (created, { container }) => {
    const origin: OriginModuleService = container.resolve(ORIGIN_MODULE)
    if (created?.prefecture_id) {
      await origin.deletePrefectures([created.prefecture_id])
    }
    if (created?.province_id) {
      await origin.deleteProvinces([created.province_id])
    }
  }
)
