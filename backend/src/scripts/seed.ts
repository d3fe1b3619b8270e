import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { activateSearchIndexes } from "../lib/search/activate-search-indexes"
import { seedAccounts } from "./seed/accounts"
import { seedCategories } from "./seed/categories"
import { seedCertifications } from "./seed/certifications"
import { seedClerks } from "./seed/clerks"
import { seedCounters } from "./seed/counters"
import { seedCounties } from "./seed/counties"
import { seedOfficials } from "./seed/officials"
import { seedPairings } from "./seed/pairings"
import { seedProductImages } from "./seed/product-images"
import { seedProducts } from "./seed/products"
import { reportProgress } from "./seed/progress"
import { seedSecrets } from "./seed/secrets"
import { seedStore } from "./seed/store"
import { seedSuppliers } from "./seed/suppliers"
import { seedTranslations } from "./seed/translations"

/**
 * Seeds the store, the paired counties and their catalogue, the Shanghai counters, two accounts and
 * two demo officials.
 * Every step looks records up by their natural keys and creates only what is missing, so running
 * it again changes nothing.
 */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const secrets = seedSecrets()
  // `medusa exec` does not start the app, which is what fills new search indexes: without this
  // every product the seed writes would fail to reach the index.
  await activateSearchIndexes(container)

  const store = await seedStore(container)
  reportProgress(logger, 1, "store, region, warehouse and shipping", 1, store.created)

  const counties = await seedCounties(container)
  reportProgress(logger, 2, "counties", counties.ids.size, counties.created)

  const pairings = await seedPairings(container, counties.ids)
  reportProgress(logger, 3, "pairings", pairings.total, pairings.created)

  const categories = await seedCategories(container)
  reportProgress(logger, 4, "categories", categories.ids.size, categories.created)

  const suppliers = await seedSuppliers(container, counties.ids)
  reportProgress(logger, 5, "suppliers", suppliers.ids.size, suppliers.created)

  const certifications = await seedCertifications(container)
  reportProgress(logger, 6, "certifications", certifications.ids.size, certifications.created)

  const products = await seedProducts(container, {
    store,
    categoryIds: categories.ids,
    countyIds: counties.ids,
    supplierIds: suppliers.ids,
    certificationIds: certifications.ids,
  })
  reportProgress(logger, 7, "products", products.total, products.created)

  const counters = await seedCounters(container, products.ids)
  reportProgress(logger, 8, "counters", counters.total, counters.created)

  const accounts = await seedAccounts(container, secrets)
  reportProgress(logger, 9, "accounts", accounts.total, accounts.created)

  const officials = await seedOfficials(container, secrets)
  reportProgress(logger, 10, "officials", officials.total, officials.created)

  const clerks = await seedClerks(container, secrets)
  reportProgress(logger, 11, "counter clerks", clerks.total, clerks.created)

  const translations = await seedTranslations(container)
  reportProgress(logger, 12, "English translations", translations.total, translations.created)

  const pictures = await seedProductImages(container)
  reportProgress(logger, 13, "product pictures", pictures.total, pictures.created)

  // Fresh tables have no planner statistics until autovacuum gets to them (about a minute), and
  // until then the origin and search queries pick slow plans.
  await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw("analyze")

  logger.info(
    [
      `Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s:`,
      `${counties.provinces} provinces, ${counties.prefectures} prefectures, ${counties.ids.size} counties,`,
      `${pairings.total} pairings, ${suppliers.ids.size} suppliers, ${certifications.ids.size} certifications,`,
      `${products.total} products, ${counters.total} counters.`,
      `Online storefront publishable key: ${store.publishable_key}`,
      `Kiosk PINs at every counter: manager 店长 ${secrets.managerPin}, clerk 店员 ${secrets.clerkPin}`,
    ].join(" ")
  )
}
