import type { MedusaContainer } from "@medusajs/framework/types"
import { PREFECTURE_EN, PROVINCE_EN } from "../../data/regions"
import { ORIGIN_MODULE } from "../../modules/origin"
import type OriginModuleService from "../../modules/origin/service"
import { byKey, PAIRED_COUNTIES, shortNameEn, type PairedCounty } from "./county-data"

type CountySeed = {
  /** county id by county code */
  ids: Map<string, string>
  provinces: number
  prefectures: number
  /** counties created; provinces and prefectures follow from them */
  created: number
}

const unique = <T>(rows: T[], key: (row: T) => string) => [...byKey(rows, key).values()]

// Province names without the administrative suffix read better in running text.
const provinceShortZh = (name: string) => name.replace(/(维吾尔自治区|自治区|省|市)$/, "")

function storyZh(c: PairedCounty): string {
  const place = `${c.name_zh}地处${provinceShortZh(c.province_zh)}${c.prefecture_zh === c.province_zh ? "" : c.prefecture_zh}`
  const specialty = c.specialty_zh ? `，${c.specialty_zh}是当地的特色产品` : ""
  const partner = c.shanghai_partner_zh
    ? `“十四五”期间与上海市${c.shanghai_partner_zh}结对帮扶。`
    : "“十四五”期间由上海市统筹结对帮扶。"
  return `${place}${specialty}。${partner}`
}

function storyEn(c: PairedCounty): string {
  const prefecture = PREFECTURE_EN[c.prefecture_code]
  const province = PROVINCE_EN[c.province_code]
  const where = prefecture === province ? province : `${prefecture}, ${province}`
  const specialty = c.specialty_en ? ` and is known for its ${c.specialty_en}` : ""
  const partner = c.shanghai_partner_en
    ? `Shanghai's ${c.shanghai_partner_en} district`
    : "Shanghai at city level"
  return `${shortNameEn(c)} lies in ${where}${specialty}. Since 2021 it has been paired with ${partner}.`
}

/** Step 2: the 7 provinces, 21 prefectures and 71 counties of the reference data. */
export async function seedCounties(container: MedusaContainer): Promise<CountySeed> {
  const origin: OriginModuleService = container.resolve(ORIGIN_MODULE)
  let created = 0

  const provinceRows = unique(PAIRED_COUNTIES, (c) => c.province_code)
  const provinces = byKey(await origin.listProvinces({ code: provinceRows.map((c) => c.province_code) }), (p) => p.code)
  const newProvinces = provinceRows.filter((c) => !provinces.has(c.province_code))
  if (newProvinces.length) {
    const rows = await origin.createProvinces(
      newProvinces.map((c) => ({ code: c.province_code, name_zh: c.province_zh, name_en: PROVINCE_EN[c.province_code] }))
    )
    rows.forEach((p) => provinces.set(p.code, p))
  }

  const prefectureRows = unique(PAIRED_COUNTIES, (c) => c.prefecture_code)
  const prefectures = byKey(
    await origin.listPrefectures({ code: prefectureRows.map((c) => c.prefecture_code) }),
    (p) => p.code
  )
  const newPrefectures = prefectureRows.filter((c) => !prefectures.has(c.prefecture_code))
  if (newPrefectures.length) {
    const rows = await origin.createPrefectures(
      newPrefectures.map((c) => ({
        code: c.prefecture_code,
        name_zh: c.prefecture_zh,
        name_en: PREFECTURE_EN[c.prefecture_code],
        province_id: provinces.get(c.province_code)!.id,
      }))
    )
    rows.forEach((p) => prefectures.set(p.code, p))
  }

  const counties = byKey(await origin.listCounties({ code: PAIRED_COUNTIES.map((c) => c.code) }), (c) => c.code)
  const newCounties = PAIRED_COUNTIES.filter((c) => !counties.has(c.code))
  if (newCounties.length) {
    const rows = await origin.createCounties(
      newCounties.map((c) => ({
        code: c.code,
        name_zh: c.name_zh,
        name_en: c.name_en,
        specialty_zh: c.specialty_zh,
        specialty_en: c.specialty_en,
        story_zh: storyZh(c),
        story_en: storyEn(c),
        verified: c.verified,
        prefecture_id: prefectures.get(c.prefecture_code)!.id,
      }))
    )
    rows.forEach((c) => counties.set(c.code, c))
    created += rows.length
  }

  return {
    ids: new Map([...counties].map(([code, county]) => [code, county.id])),
    provinces: provinces.size,
    prefectures: prefectures.size,
    created,
  }
}
