import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { batchTranslationsWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { ENGLISH, STORE_LOCALES } from "../../lib/i18n/locales"
import { ORIGIN_MODULE } from "../../modules/origin"
import type OriginModuleService from "../../modules/origin/service"
import { CATALOGUE } from "./catalogue"
import { CATEGORIES } from "./categories"
import { PAIRED_COUNTIES } from "./county-data"
import { productDescription, productTitleEn } from "./product-copy"
import { productHandle } from "./products"
import { supplierNamesEn } from "./suppliers"

type Translation = { reference: string; reference_id: string; translations: Record<string, string> }

/** The store offers zh-CN and en-US; translations in any other locale are refused by Medusa. */
async function ensureStoreLocales(container: MedusaContainer): Promise<boolean> {
  const stores = container.resolve(Modules.STORE)
  const [store] = await stores.listStores({}, { relations: ["supported_locales"] })
  const have = new Set((store.supported_locales ?? []).map((l) => l.locale_code))
  if (STORE_LOCALES.every((code) => have.has(code))) {
    return false
  }
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: { supported_locales: [...new Set([...have, ...STORE_LOCALES])].map((locale_code) => ({ locale_code })) },
    },
  })
  return true
}

async function productTranslations(container: MedusaContainer): Promise<Translation[]> {
  const products = container.resolve(Modules.PRODUCT)
  const itemByHandle = new Map(CATALOGUE.map((item) => [productHandle(item), item]))
  const countyByCode = new Map(PAIRED_COUNTIES.map((c) => [c.code, c]))
  const rows = await products.listProducts({ handle: [...itemByHandle.keys()] }, { select: ["id", "handle"] })
  const categories = await products.listProductCategories(
    { handle: CATEGORIES.map((c) => c.handle) },
    { select: ["id", "handle"] }
  )
  const categoryEn = new Map<string, string>(CATEGORIES.map((c) => [c.handle, c.en]))
  return [
    ...rows.map((p) => {
      const item = itemByHandle.get(p.handle)!
      const description = productDescription(item, countyByCode.get(item.county_code)!)
      return { reference: "product", reference_id: p.id, translations: { title: productTitleEn(item), description: description.en } }
    }),
    ...categories.map((c) => ({
      reference: "product_category",
      reference_id: c.id,
      translations: { name: categoryEn.get(c.handle)! },
    })),
  ]
}

/** The origin records keep their English in the reference data's *_en columns: copied into translations. */
async function originTranslations(container: MedusaContainer): Promise<Translation[]> {
  const origin: OriginModuleService = container.resolve(ORIGIN_MODULE)
  const [provinces, prefectures, counties] = await Promise.all([
    origin.listProvinces({}, { select: ["id", "name_en"] }),
    origin.listPrefectures({}, { select: ["id", "name_en"] }),
    origin.listCounties({ code: PAIRED_COUNTIES.map((c) => c.code) }, { select: ["id", "code", "name_en", "specialty_en", "story_en"] }),
  ])
  const namesEn = supplierNamesEn()
  const countyCode = new Map(counties.map((c) => [c.id, c.code]))
  const suppliers = await origin.listSuppliers({ county_id: counties.map((c) => c.id) }, { select: ["id", "county_id"] })
  const present = (t: Record<string, string | null | undefined>) =>
    Object.fromEntries(Object.entries(t).filter((e): e is [string, string] => !!e[1]))
  return [
    ...provinces.map((p) => ({ reference: "province", reference_id: p.id, translations: present({ name_zh: p.name_en }) })),
    ...prefectures.map((p) => ({ reference: "prefecture", reference_id: p.id, translations: present({ name_zh: p.name_en }) })),
    ...counties.map((c) => ({
      reference: "county",
      reference_id: c.id,
      translations: present({ name_zh: c.name_en, specialty_zh: c.specialty_en, story_zh: c.story_en }),
    })),
    ...suppliers.map((s) => ({
      reference: "supplier",
      reference_id: s.id,
      translations: present({ name: namesEn.get(countyCode.get(s.county_id)!) }),
    })),
  ].filter((t) => Object.keys(t.translations).length)
}

/**
 * Step 8: English (en-US) translations of the products, categories, provinces, prefectures, counties
 * and suppliers, written through Medusa's Translation Module. Only records without an en-US
 * translation get one, so an operator's edits in the admin's translation pages survive a re-run.
 */
export async function seedTranslations(container: MedusaContainer) {
  const localesAdded = await ensureStoreLocales(container)
  const wanted = [...(await productTranslations(container)), ...(await originTranslations(container))]
  const translation = container.resolve(Modules.TRANSLATION)
  const existing = await translation.listTranslations(
    { reference_id: wanted.map((t) => t.reference_id), locale_code: ENGLISH },
    { select: ["reference_id"] }
  )
  const done = new Set(existing.map((t) => t.reference_id))
  const missing = wanted.filter((t) => !done.has(t.reference_id))
  if (missing.length) {
    await batchTranslationsWorkflow(container).run({
      input: { create: missing.map((t) => ({ ...t, locale_code: ENGLISH })), update: [], delete: [] },
    })
  }
  return { total: wanted.length, created: missing.length, localesAdded }
}
