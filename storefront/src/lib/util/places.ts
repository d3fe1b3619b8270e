import type { Named, OriginCounty, OriginPrefecture, OriginProvince, StoreOriginsResponse as OriginTree } from "@onecounty/contracts/store"

export type CountyPlace = { county: OriginCounty; prefecture: OriginPrefecture; province: OriginProvince }

export function allCounties(tree: OriginTree): CountyPlace[] {
  return tree.provinces.flatMap((province) =>
    province.prefectures.flatMap((prefecture) => prefecture.counties.map((county) => ({ county, prefecture, province })))
  )
}

export function findProvince(tree: OriginTree, code: string): OriginProvince | null {
  return tree.provinces.find((p) => p.code === code) ?? null
}

export function findPrefecture(tree: OriginTree, code: string): { province: OriginProvince; prefecture: OriginPrefecture } | null {
  for (const province of tree.provinces) {
    const prefecture = province.prefectures.find((p) => p.code === code)
    if (prefecture) return { province, prefecture }
  }
  return null
}

/** The best-stocked county of each province first, then the next ones: variety on the home page. */
export function featuredCounties(tree: OriginTree, n = 6): CountyPlace[] {
  const lanes = tree.provinces.map((p) =>
    allCounties({ provinces: [p] })
      .filter((c) => c.county.product_count > 0)
      .sort((a, b) => b.county.product_count - a.county.product_count || a.county.code.localeCompare(b.county.code))
  )
  const out: CountyPlace[] = []
  for (let i = 0; out.length < n && lanes.some((l) => l.length > i); i++) {
    for (const lane of lanes) {
      const c = lane[i]
      if (c && out.length < n) out.push(c)
    }
  }
  return out
}

/** Options for the list filters: provinces and counties named in the shopper's language. */
export function placeOptions(tree: OriginTree): { provinces: Named[]; counties: (Named & { province: string })[] } {
  return {
    provinces: tree.provinces.map(({ code, name_zh, name_en }) => ({ code, name_zh, name_en })),
    counties: allCounties(tree).map(({ county, province }) => ({
      code: county.code,
      name_zh: county.name_zh,
      name_en: county.name_en,
      province: province.code,
    })),
  }
}
