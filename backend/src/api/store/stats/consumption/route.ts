import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { ICacheService } from "@medusajs/framework/types"
import type { StoreConsumptionStatsResponse } from "@onecounty/contracts/store"
import { Modules } from "@medusajs/framework/utils"
import { SUPPORT_MODULE } from "../../../../modules/support"
import { PUBLIC_STATS_CACHE_KEY, type PublicStats } from "../../../../modules/support/queries/public-stats"
import type SupportModuleService from "../../../../modules/support/service"

const TTL_SECONDS = 60

/**
 * The public consumption counter, the same for every shopper: kept in Medusa's cache module
 * (Redis when configured, else in memory) and marked cacheable for browsers and proxies.
 */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse<StoreConsumptionStatsResponse>) => {
  const cache = req.scope.resolve<ICacheService>(Modules.CACHE)
  let stats = await cache.get<PublicStats>(PUBLIC_STATS_CACHE_KEY)
  if (!stats) {
    stats = await req.scope.resolve<SupportModuleService>(SUPPORT_MODULE).publicStats()
    await cache.set(PUBLIC_STATS_CACHE_KEY, stats, TTL_SECONDS)
  }
  res.set("Cache-Control", `public, max-age=${TTL_SECONDS}, stale-while-revalidate=${TTL_SECONDS * 5}`)
  res.json({ stats })
}
