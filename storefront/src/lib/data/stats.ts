import "server-only"
import { catalogGet } from "./fetch"

/** `GET /store/stats/consumption`: this Shanghai year's counted net sales (fen) and their counties. */
export type PublicStats = { year: number; amount_fen: number; county_count: number; currency_code: string }

/**
 * The home page's public counter. The backend caches it for a minute and so does Next; when the
 * backend cannot answer the home page still renders, with the paired counties instead of a figure.
 */
export async function getPublicStats(): Promise<PublicStats | null> {
  try {
    const { stats } = await catalogGet<{ stats: PublicStats }>("/store/stats/consumption", undefined, ["stats"])
    return stats && Number.isInteger(stats.amount_fen) ? stats : null
  } catch {
    return null
  }
}
