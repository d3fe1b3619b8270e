import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { get } from "./api"
import { useSession } from "./session"
import type { ReportLevel } from "@onecounty/contracts/enums"
import type {
  FreshnessResponse,
  LatestReconciliationResponse,
  MonthlyResponse,
  OrdersResponse,
  ProgressResponse,
  RankingsResponse,
  Regions,
  ReportFilter,
  TargetsResponse,
} from "@onecounty/contracts/officials"

/** The report filter in force: a district official's own district is always part of it. */
function useScoped(filter: ReportFilter) {
  const { official, year } = useSession()
  return { year, ...filter, ...(official.district_zh ? { district: official.district_zh } : {}) }
}

export function useProgress(level: ReportLevel, filter: ReportFilter = {}) {
  const query = { ...useScoped(filter), level }
  return { query, ...useQuery({ queryKey: ["progress", query], queryFn: () => get<ProgressResponse>("/officials/reports/progress", query) }) }
}

export function useMonthly(filter: ReportFilter = {}, year?: number) {
  const scoped = useScoped(filter)
  const query = { ...scoped, year: year ?? scoped.year }
  return { query, ...useQuery({ queryKey: ["monthly", query], queryFn: () => get<MonthlyResponse>("/officials/reports/monthly", query) }) }
}

export function useRankings(by: "county" | "district" | "counter", limit = 20) {
  const query = { ...useScoped({}), by, limit }
  return { query, ...useQuery({ queryKey: ["rankings", query], queryFn: () => get<RankingsResponse>("/officials/reports/rankings", query) }) }
}

export function useOrders(filter: ReportFilter, page: { limit: number; offset: number }) {
  const query = { ...useScoped(filter), ...page }
  return {
    query,
    ...useQuery({
      queryKey: ["orders", query],
      queryFn: () => get<OrdersResponse>("/officials/reports/orders", query),
      placeholderData: keepPreviousData,
    }),
  }
}

export function useTargets() {
  const { year } = useSession()
  return useQuery({ queryKey: ["targets", year], queryFn: () => get<TargetsResponse>("/officials/targets", { year }) })
}

export function useRegions() {
  return useQuery({ queryKey: ["regions"], queryFn: () => get<Regions>("/officials/regions"), staleTime: Infinity })
}

/** Refreshed every 15 s: how far the figures trail the sales. */
export function useFreshness() {
  return useQuery({
    queryKey: ["freshness"],
    queryFn: () => get<FreshnessResponse>("/officials/freshness"),
    refetchInterval: 15_000,
  })
}

export function useReconciliation() {
  return useQuery({
    queryKey: ["reconciliation"],
    queryFn: () => get<LatestReconciliationResponse>("/officials/reconciliations/latest"),
  })
}
