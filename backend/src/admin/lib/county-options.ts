import { useQuery } from "@tanstack/react-query"
import type { AdminCountiesResponse, AdminCounty } from "@onecounty/contracts/admin-origins"
import { sdk } from "./sdk"

/** A county as the pickers ask for it (`fields=id,code,name_zh,name_en`). */
export type CountyOption = Pick<AdminCounty, "id" | "code" | "name_zh" | "name_en">

// Every paired county fits in one page: there are a few hundred, not thousands.
const ALL = 1000

/** All counties for pickers, named "云县 Yun County · 530922" so either language or the code finds one. */
export function useCountyOptions() {
  return useQuery({
    queryKey: ["county-options"],
    queryFn: () =>
      sdk.client.fetch<Omit<AdminCountiesResponse, "counties"> & { counties: CountyOption[] }>("/admin/origins/counties", {
        query: { fields: "id,code,name_zh,name_en", limit: ALL, order: "code" },
      }),
    select: (data) => data.counties,
    staleTime: 5 * 60 * 1000,
  })
}
