import type { MedusaContainer } from "@medusajs/framework/types"
import { ORIGIN_MODULE } from "../../modules/origin"
import type OriginModuleService from "../../modules/origin/service"
import { PAIRED_COUNTIES } from "./county-data"

// Counting rules need products without a certificate and with a lapsed one, so the seed leaves
// six products uncertified and gives four a certificate that expired in 2023.
const UNCERTIFIED = ["530829", "532530", "532529", "533422", "533423", "530113"]
const EXPIRED = ["520324", "520327", "520329", "530821"]

const SHANGHAI_OFFICE = "上海市合作交流办"
const VALID_UNTIL = new Date("2027-12-31T23:59:59+08:00")

const pad = (n: number) => String(n).padStart(2, "0")

/** Step 6: consumption-assistance product certificates. Returns certification id by county code. */
export async function seedCertifications(container: MedusaContainer) {
  const origin: OriginModuleService = container.resolve(ORIGIN_MODULE)
  const wanted = PAIRED_COUNTIES.flatMap((county, index) => {
    if (UNCERTIFIED.includes(county.code)) {
      return []
    }
    const expired = EXPIRED.includes(county.code)
    const year = expired ? 2021 : 2021 + (index % 4)
    const month = pad((index % 12) + 1)
    return [
      {
        county_code: county.code,
        number: `XFBF-${year}-${county.code}-001`,
        // Certificates are issued jointly by the national or provincial rural revitalisation
        // bureau and Shanghai's cooperation office.
        issuer: `${index % 2 ? `${county.province_zh}乡村振兴局` : "国家乡村振兴局"} / ${SHANGHAI_OFFICE}`,
        issued_at: new Date(`${year}-${month}-15T00:00:00+08:00`),
        expires_at: expired ? new Date(`2023-${month}-14T23:59:59+08:00`) : VALID_UNTIL,
      },
    ]
  })
  const existing = await origin.listCertifications({ number: wanted.map((c) => c.number) })
  const ids = new Map(existing.map((c) => [c.number, c.id]))
  const missing = wanted.filter((c) => !ids.has(c.number))
  if (missing.length) {
    const created = await origin.createCertifications(missing.map(({ county_code: _code, ...cert }) => cert))
    created.forEach((c) => ids.set(c.number, c.id))
  }
  return {
    ids: new Map(wanted.map((c) => [c.county_code, ids.get(c.number)!])),
    created: missing.length,
  }
}
