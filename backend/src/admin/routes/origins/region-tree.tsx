import type { County } from "./types"

type Prefecture = { code: string; name: string; counties: County[] }
type Province = { code: string; name: string; prefectures: Prefecture[] }

/** Groups counties under their prefecture and province, each level ordered by its division code. */
function regions(counties: County[]): Province[] {
  const provinces = new Map<string, Province>()
  for (const county of [...counties].sort((a, b) => a.code.localeCompare(b.code))) {
    const pref = county.prefecture
    const province =
      provinces.get(pref.province.code) ??
      provinces.set(pref.province.code, { code: pref.province.code, name: `${pref.province.name_zh} ${pref.province.name_en}`, prefectures: [] }).get(pref.province.code)!
    let prefecture = province.prefectures.find((p) => p.code === pref.code)
    if (!prefecture) {
      prefecture = { code: pref.code, name: `${pref.name_zh} ${pref.name_en}`, counties: [] }
      province.prefectures.push(prefecture)
    }
    prefecture.counties.push(county)
  }
  return [...provinces.values()].sort((a, b) => a.code.localeCompare(b.code))
}

/** Provinces → prefectures → counties, folded with <details> so the browser handles keyboard and state. */
export function RegionTree({ counties, selected, onSelect }: { counties: County[]; selected?: string; onSelect: (id: string) => void }) {
  return (
    <nav aria-label="产地 Origins" className="flex flex-col gap-y-1">
      {regions(counties).map((province) => (
        <details key={province.code} open={province.prefectures.some((p) => p.counties.some((c) => c.id === selected))}>
          <summary className="cursor-pointer font-medium">
            {province.name} <span className="text-ui-fg-subtle text-sm">({province.prefectures.reduce((n, p) => n + p.counties.length, 0)})</span>
          </summary>
          {province.prefectures.map((prefecture) => (
            <details key={prefecture.code} className="ml-4" open={prefecture.counties.some((c) => c.id === selected)}>
              <summary className="cursor-pointer">{prefecture.name}</summary>
              <ul className="ml-4">
                {prefecture.counties.map((county) => (
                  <li key={county.id}>
                    <button
                      type="button"
                      onClick={() => onSelect(county.id)}
                      aria-current={county.id === selected}
                      className={`w-full rounded px-2 py-1 text-left ${county.id === selected ? "bg-ui-bg-highlight font-medium" : "hover:bg-ui-bg-base-hover"}`}
                    >
                      {county.name_zh} {county.name_en} · {county.products?.length ?? 0} 件商品 products
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </details>
      ))}
    </nav>
  )
}
