import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Fills and activates the search indexes a migration created and nothing has filled yet, as the
 * application does when it starts. For scripts that run before it has (`medusa exec` does not
 * start it): the seed, so the products it writes reach the indexes through their events rather
 * than failing to, and the benchmark.
 */
export async function activateSearchIndexes(container: MedusaContainer) {
  const searchModule = container.resolve(Modules.SEARCH)
  const unfilled = (await searchModule.listIndexes()).filter((index) => index.status === "pending" || index.status === "error")
  if (unfilled.length) {
    await searchModule.reindex({ index: unfilled.map((index) => index.name) })
  }
}
