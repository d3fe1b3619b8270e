import "server-only"
import { CATALOG_REVALIDATE } from "../config"
import { catalogGet } from "./fetch"

export type PublicStats = { year: number; amount: number; county_count: number; currency_code: string }

/**
 * SEAM: the public, cached consumption counter ("this year Shanghai shoppers bought X yuan from N
 * paired counties") belongs to the backend's stats work. Until `GET /store/stats/consumption`
 * exists this returns null and the home page shows the number of paired counties instead.
 */
export async function getPublicStats(): Promise<PublicStats | null> {
  try {
    const { stats } = await catalogGet<{ stats: PublicStats }>("/store/stats/consumption", undefined, ["stats"])
    return stats && typeof stats.amount === "number" ? stats : null
  } catch {
    return null
  }
}

export const STATS_REVALIDATE = CATALOG_REVALIDATE
