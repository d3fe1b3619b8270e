import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { StoreOriginsResponse } from "@onecounty/contracts/store"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { localise } from "../../../lib/i18n/localise"
import { visibleProductIds } from "./visible-products"

// name and specialty are in the request's locale (localise); the *_zh / *_en columns stay as stored.
type CountyRow = {
  id: string
  code: string
  name: string
  name_zh: string
  name_en: string
  specialty: string | null
  specialty_zh: string | null
  specialty_en: string | null
  products?: { id: string }[]
}
type PrefectureRow = { id: string; code: string; name: string; name_zh: string; name_en: string; counties: CountyRow[] }
type ProvinceRow = { id: string; code: string; name: string; name_zh: string; name_en: string; prefectures: PrefectureRow[] }

/** The paired regions as a tree: provinces → prefectures → counties, with product counts, in the request's locale. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse<StoreOriginsResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "province",
    fields: [
      "id",
      "code",
      "name_zh",
      "name_en",
      "prefectures.id",
      "prefectures.code",
      "prefectures.name_zh",
      "prefectures.name_en",
      "prefectures.counties.id",
      "prefectures.counties.code",
      "prefectures.counties.name_zh",
      "prefectures.counties.name_en",
      "prefectures.counties.specialty_zh",
      "prefectures.counties.specialty_en",
      "prefectures.counties.products.id",
    ],
  })
  // localise added name / specialty in the request's locale.
  const provinces = (await localise(req.scope, req.locale, data)) as unknown as ProvinceRow[]
  const allIds = provinces.flatMap((p) =>
    p.prefectures.flatMap((pf) => pf.counties.flatMap((c) => (c.products ?? []).map((x) => x.id)))
  )
  const visible = await visibleProductIds(req, allIds)
  const count = (c: CountyRow) => (c.products ?? []).filter((p) => visible.has(p.id)).length
  const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code)

  const tree = provinces.sort(byCode).map(({ prefectures, ...province }) => {
    const prefs = prefectures.sort(byCode).map(({ counties, ...prefecture }) => {
      const rows = counties.sort(byCode).map(({ products, ...county }) => ({
        ...county,
        product_count: count({ ...county, products }),
      }))
      return { ...prefecture, county_count: rows.length, product_count: sum(rows), counties: rows }
    })
    return {
      ...province,
      county_count: prefs.reduce((n, p) => n + p.county_count, 0),
      product_count: sum(prefs),
      prefectures: prefs,
    }
  })
  res.json({ provinces: tree })
}

const sum = (rows: { product_count: number }[]) => rows.reduce((n, r) => n + r.product_count, 0)
