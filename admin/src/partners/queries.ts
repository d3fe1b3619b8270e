import { useQuery } from "@tanstack/react-query"
import type { RankingsResponse } from "@onecounty/contracts/officials"
import { get } from "../lib/api"
import { useSession } from "../lib/session"
import type { CompletenessResponse, PartnersResponse } from "./types"

export function useCompleteness() {
  const { year } = useSession()
  return useQuery({ queryKey: ["partner-completeness", year], queryFn: () => get<CompletenessResponse>("/officials/partners/completeness", { year }) })
}

export function usePartnerNames() {
  const { year } = useSession()
  return useQuery({ queryKey: ["partners", year], queryFn: () => get<PartnersResponse>("/officials/partners", { year }), staleTime: 300_000 })
}

/** Partners ranked by counted sales; a district official's ranking is their district's pairings only. */
export function usePartnerRanking(limit = 20) {
  const { official, year } = useSession()
  const query = { year, by: "partner", limit, ...(official.district_zh ? { district: official.district_zh } : {}) }
  return { query, ...useQuery({ queryKey: ["rankings", query], queryFn: () => get<RankingsResponse>("/officials/reports/rankings", query) }) }
}
