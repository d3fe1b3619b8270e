import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { render } from "@testing-library/react"
import type { ReactNode } from "react"
import { MemoryRouter } from "react-router"
import { I18nProvider } from "../../src/lib/i18n"
import type { Lang } from "../../src/lib/format"
import type { Regions } from "@onecounty/contracts/officials"

export const REGIONS: Regions = {
  provinces: [{ code: "65", name_zh: "新疆维吾尔自治区", name_en: "Xinjiang" }],
  prefectures: [{ code: "6531", name_zh: "喀什地区", name_en: "Kashgar", province_code: "65" }],
  counties: [
    { code: "653124", name_zh: "泽普县", name_en: "Zepu", prefecture_code: "6531", province_code: "65" },
    { code: "653125", name_zh: "莎车县", name_en: "Shache", prefecture_code: "6531", province_code: "65" },
  ],
  districts: [{ code: "宝山区", name_zh: "宝山区", name_en: "Baoshan" }],
  counters: [],
}

/** Renders inside the console's providers, with the region names (and any `data` given) already loaded. */
export function renderWith(ui: ReactNode, lang: Lang = "zh", data: [string, unknown][] = []) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } })
  client.setQueryData(["regions"], REGIONS)
  for (const [key, value] of data) client.setQueryData([key], value)
  return render(
    <I18nProvider initial={lang}>
      <QueryClientProvider client={client}>
        <MemoryRouter>{ui}</MemoryRouter>
      </QueryClientProvider>
    </I18nProvider>
  )
}
