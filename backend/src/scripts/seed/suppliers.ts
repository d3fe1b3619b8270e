import type { MedusaContainer } from "@medusajs/framework/types"
import { pinyin } from "pinyin-pro"
import { creditCodeCheckChar } from "../../lib/credit-code"
import { ORIGIN_MODULE } from "../../modules/origin"
import { SUPPLIER_TYPES, type SupplierType } from "../../modules/origin/constants"
import type OriginModuleService from "../../modules/origin/service"
import { CATALOGUE, type CatalogueItem } from "./catalogue"
import type { CategoryHandle } from "./categories"
import { PAIRED_COUNTIES, shortNameEn, type PairedCounty } from "./county-data"

// GB 32100-2015 registration characters: 9 = registered with market regulation, then 1 company,
// 2 individual business (a family farm), 3 farmers' cooperative.
const REGISTRATION: Record<SupplierType, string> = {
  enterprise: "91",
  cooperative: "93",
  family_farm: "92",
  trader: "91",
}
const CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"

const COOPERATIVE_TRADE: Partial<Record<CategoryHandle, string>> = {
  meat: "养殖",
  handicrafts: "手工艺",
  "mushrooms-herbs": "产销",
  condiments: "产销",
  other: "产销",
}
const ENTERPRISE_SUFFIX: Record<CategoryHandle, string> = {
  tea: "茶业有限公司",
  coffee: "咖啡有限公司",
  meat: "食品有限公司",
  "fruit-nuts": "农业开发有限公司",
  "grains-oils": "粮油有限公司",
  "mushrooms-herbs": "生物科技有限公司",
  condiments: "食品有限公司",
  handicrafts: "民族工艺品有限公司",
  other: "农产品有限公司",
}
// Family farms carry the farmer's name; these are common given names or surnames in each province.
const FARMERS: Record<string, string[]> = {
  "65": ["买买提", "艾力", "吐尔逊"],
  "54": ["扎西", "次仁", "多吉"],
  "63": ["才让", "索南", "更登"],
  default: ["杨", "李", "罗", "张", "陈", "王"],
}

/** The specialty without a leading county name, which the supplier's name already carries. */
function goods(county: PairedCounty, item: CatalogueItem): string {
  const specialty = county.specialty_zh ?? item.seed_choice ?? item.name_zh
  const stem = county.name_zh.slice(0, 2)
  return specialty.startsWith(stem) && specialty.length - stem.length >= 2 ? specialty.slice(stem.length) : specialty
}

function supplierName(type: SupplierType, county: PairedCounty, item: CatalogueItem, index: number): string {
  const what = goods(county, item)
  switch (type) {
    case "cooperative":
      return `${county.name_zh}${what}${COOPERATIVE_TRADE[item.category] ?? "种植"}专业合作社`
    case "enterprise":
      return `${county.name_zh}${what}${ENTERPRISE_SUFFIX[item.category]}`
    case "family_farm": {
      const names = FARMERS[county.province_code] ?? FARMERS.default
      const farmer = names[index % names.length]
      return `${county.name_zh}${farmer}${item.category === "handicrafts" ? "手工作坊" : "家庭农场"}`
    }
    case "trader":
      return `${county.name_zh}${what}商贸有限公司`
  }
}

const ENTERPRISE_SUFFIX_EN: Record<CategoryHandle, string> = {
  tea: "Tea Co., Ltd.",
  coffee: "Coffee Co., Ltd.",
  meat: "Food Co., Ltd.",
  "fruit-nuts": "Agricultural Development Co., Ltd.",
  "grains-oils": "Grain & Oil Co., Ltd.",
  "mushrooms-herbs": "Biotech Co., Ltd.",
  condiments: "Food Co., Ltd.",
  handicrafts: "Ethnic Crafts Co., Ltd.",
  other: "Farm Produce Co., Ltd.",
}

/** The supplier's English name: its en-US translation, shaped like the Chinese one. */
function supplierNameEn(type: SupplierType, county: PairedCounty, item: CatalogueItem, index: number): string {
  const place = shortNameEn(county)
  const what = (county.specialty_en ?? item.name_en).replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase())
  switch (type) {
    case "cooperative":
      return `${place} ${what} Farmers' Cooperative`
    case "enterprise":
      return `${place} ${ENTERPRISE_SUFFIX_EN[item.category]}`
    case "family_farm": {
      const names = FARMERS[county.province_code] ?? FARMERS.default
      const farmer = pinyin(names[index % names.length], { toneType: "none", separator: "" })
      const farm = item.category === "handicrafts" ? "Handicraft Workshop" : "Family Farm"
      return `${place} ${farmer.charAt(0).toUpperCase()}${farmer.slice(1)} ${farm}`
    }
    case "trader":
      return `${place} ${what} Trading Co., Ltd.`
  }
}

/** 18-character unified social credit code: the 9-character organisation part comes from the index. */
function seedCreditCode(type: SupplierType, countyCode: string, index: number): string {
  let n = ((index + 1) * 7368787 + 1234567) % 31 ** 7
  let body = ""
  for (let i = 0; i < 7; i++) {
    body = CODE_CHARS[n % 31] + body
    n = Math.floor(n / 31)
  }
  const first17 = `${REGISTRATION[type]}${countyCode}MA${body}`
  return `${first17}${creditCodeCheckChar(first17)}`
}

// Cooperatives and companies link hundreds of households, a family farm a few dozen.
function householdsLinked(type: SupplierType, index: number): number {
  switch (type) {
    case "cooperative":
      return 200 + ((index * 137) % 1800)
    case "enterprise":
      return 300 + ((index * 211) % 1700)
    case "family_farm":
      return 30 + ((index * 17) % 90)
    case "trader":
      return 60 + ((index * 53) % 440)
  }
}

const supplierType = (index: number) => SUPPLIER_TYPES[index % SUPPLIER_TYPES.length]
const itemOf = () => new Map(CATALOGUE.map((item) => [item.county_code, item]))

/** English supplier names by county code, for the seed's translations. */
export function supplierNamesEn(): Map<string, string> {
  const items = itemOf()
  return new Map(
    PAIRED_COUNTIES.map((county, index) => [county.code, supplierNameEn(supplierType(index), county, items.get(county.code)!, index)])
  )
}

/** Step 5: one supplier per county, types in rotation. Returns supplier id by county code. */
export async function seedSuppliers(container: MedusaContainer, countyIds: Map<string, string>) {
  const origin: OriginModuleService = container.resolve(ORIGIN_MODULE)
  const items = itemOf()
  const wanted = PAIRED_COUNTIES.map((county, index) => {
    const type = supplierType(index)
    return {
      county_code: county.code,
      name: supplierName(type, county, items.get(county.code)!, index),
      type,
      credit_code: seedCreditCode(type, county.code, index),
      households_linked: householdsLinked(type, index),
      county_id: countyIds.get(county.code)!,
    }
  })
  const existing = await origin.listSuppliers({ credit_code: wanted.map((s) => s.credit_code) })
  const ids = new Map(existing.map((s) => [s.credit_code, s.id]))
  const missing = wanted.filter((s) => !ids.has(s.credit_code))
  if (missing.length) {
    const created = await origin.createSuppliers(missing.map(({ county_code: _code, ...supplier }) => supplier))
    created.forEach((s) => ids.set(s.credit_code, s.id))
  }
  return {
    ids: new Map(wanted.map((s) => [s.county_code, ids.get(s.credit_code)!])),
    created: missing.length,
  }
}
