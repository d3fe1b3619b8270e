/**
 * Product search latency at 10,000 products.
 *
 *   cd backend && npx medusa db:migrate && npx medusa exec ./bench/search.ts
 *
 * Writes 10,000 synthetic products (built from the paired counties and their specialties, and
 * turned into documents by the same toProductSearchDocument as the real index) into the
 * product search index under ids starting with "bench-" and a sales channel of their own, and
 * their words into the spelling index; times a mix of Chinese, pinyin, Latin, misspelled and
 * browse queries through searchProducts (the store route minus HTTP); prints p50 / p95 per
 * kind of query; and deletes what it wrote. A database of its own is best all the same.
 *
 * The same documents go into the facet index (src/search/product-facets.ts), which a browse
 * counts on. Interleaved with the browses, "browse, product index" counts the same browses the
 * way they were counted before, on the product index, and the run fails unless both give the
 * same total and facets.
 */
import type { ExecArgs, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import counties from "../src/data/paired-counties.json"
import { activateSearchIndexes } from "../src/lib/search/activate-search-indexes"
import { toProductSearchDocument, type ProductSearchRow } from "../src/lib/search/product-search-document"
import type { ProductSearchParams, ProductSearchScope } from "../src/lib/search/product-search-query"
import { buildProductSearchQuery, PRODUCT_FACET_INDEX, PRODUCT_SEARCH_INDEX } from "../src/lib/search/product-search-query"
import { searchProducts, toFacets } from "../src/lib/search/search-products"
import { toSearchTerms } from "../src/lib/search/search-terms"
import { SEARCH_TERM_INDEX, spellableWords } from "../src/lib/search/spelling"

const PRODUCTS = 10_000
// SEARCH_BENCH_ROUNDS=3 for a short run on a shared machine.
const ROUNDS = Number(process.env.SEARCH_BENCH_ROUNDS || 15)
const ID_PREFIX = "bench-"
const CHANNEL = "sc_bench"

const CATEGORIES: Record<string, { name: string; name_en: string; goods: [string, string][] }> = {
  tea: { name: "茶叶", name_en: "Tea", goods: [["红茶", "black tea"], ["绿茶", "green tea"], ["普洱茶", "Pu'er tea"], ["白茶", "white tea"]] },
  coffee: { name: "咖啡", name_en: "Coffee", goods: [["咖啡豆", "coffee beans"], ["挂耳咖啡", "drip coffee"], ["普洱咖啡", "Pu'er coffee"]] },
  meat: { name: "肉类", name_en: "Meat", goods: [["牦牛肉干", "yak jerky"], ["羊肉", "mutton"], ["腊肉", "cured pork"]] },
  "fruit-nuts": { name: "干果坚果", name_en: "Fruit & nuts", goods: [["核桃", "walnuts"], ["红枣", "red dates"], ["巴旦木", "almonds"], ["石榴", "pomegranate"]] },
  "grains-oils": { name: "粮油", name_en: "Grains & oils", goods: [["红米", "red rice"], ["青稞", "highland barley"], ["菜籽油", "rapeseed oil"]] },
  "mushrooms-herbs": { name: "菌菇药材", name_en: "Mushrooms & herbs", goods: [["松茸", "matsutake"], ["野生菌", "wild mushrooms"], ["三七", "notoginseng"]] },
  condiments: { name: "调味品", name_en: "Condiments", goods: [["花椒", "Sichuan pepper"], ["辣椒", "chili"], ["蜂蜜", "honey"], ["晒醋", "vinegar"]] },
  handicrafts: { name: "手工艺品", name_en: "Handicrafts", goods: [["银器", "silverware"], ["苗绣", "Miao embroidery"], ["藏刀", "Tibetan knife"]] },
  other: { name: "其他", name_en: "Other", goods: [["礼盒", "gift box"]] },
}
const GRADES: [string, string][] = [["特级", "premium"], ["一级", "grade one"], ["礼盒装", "gift pack"], ["家庭装", "family pack"]]
const SIZES = ["250g", "454g", "500g", "1kg", "2.5kg"]

const QUERIES: Record<string, Partial<ProductSearchParams>[]> = {
  chinese: ["咖啡", "普洱咖啡", "核桃", "茶", "普洱茶", "牦牛肉", "云南", "野生菌", "蜂蜜", "澜沧"].map((q) => ({ q })),
  pinyin: ["kafei", "hetao", "puer", "maoniu", "songrong", "fengmi", "kf", "ka fei"].map((q) => ({ q })),
  latin: ["coffee", "walnuts", "tea", "honey", "yak", "black tea", "Pu'er coffee"].map((q) => ({ q })),
  typo: ["cofee", "walnts", "hony"].map((q) => ({ q })),
  browse: [{}, { category: ["tea"] }, { province: ["53"], certified: true }, { q: "茶", sort: "price" }, { price_min: 5000, price_max: 20000 }],
}

// A deterministic generator, so every run measures the same catalogue.
function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state / 2 ** 31
  }
}

function syntheticRow(i: number, next: () => number): ProductSearchRow {
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]
  const county = pick(counties)
  const handle = pick(Object.keys(CATEGORIES))
  const category = CATEGORIES[handle]
  const [good, goodEn] = county.specialty_zh && next() < 0.5 ? [county.specialty_zh, county.specialty_en ?? ""] : pick(category.goods)
  const [grade, gradeEn] = pick(GRADES)
  const size = pick(SIZES)
  const place = county.name_zh.includes("自治") ? county.name_zh.slice(0, 2) : county.name_zh.replace(/[县市区]$/, "")
  const certified = next()
  return {
    id: `${ID_PREFIX}${String(i).padStart(5, "0")}`,
    handle: `bench-${i}`,
    title: `${place}${good} ${grade} ${size}`,
    subtitle: null,
    // The English title as the en-US translation carries it (withEnglish).
    title_en: `${county.name_en} ${goodEn}, ${gradeEn}, ${size}`,
    thumbnail: null,
    status: "published",
    sales_channels: [{ id: CHANNEL }],
    categories: [{ handle, name: category.name, name_en: category.name_en, is_active: true, is_internal: false }],
    county: {
      code: county.code,
      name_zh: county.name_zh,
      name_en: county.name_en,
      specialty_zh: county.specialty_zh,
      specialty_en: county.specialty_en,
      // The county list names prefectures and provinces in Chinese only.
      prefecture: {
        name_zh: county.prefecture_zh,
        name_en: "",
        province: { code: county.province_code, name_zh: county.province_zh, name_en: "" },
      },
    },
    certification: certified < 0.3 ? { expires_at: new Date(Date.now() + (certified < 0.05 ? -1 : 1) * 86_400_000 * 365) } : null,
    variants: [{ calculated_price: { calculated_amount: Math.round(10 + next() * 490) } }],
  }
}

const OLD_BROWSE = "browse, product index"

/**
 * A browse's hits, total and facets all from the product index, as searchProducts counted them
 * before the facet index.
 */
async function countOnProductIndex(query: Pick<RemoteQueryFunction, "search">, params: ProductSearchParams, scope: ProductSearchScope) {
  const { search_options, ...rest } = buildProductSearchQuery(params, params.q ? toSearchTerms(params.q) : null, scope)
  const { facets, disjunctive_facets, ...options } = search_options ?? {}
  const [hits, counted] = await Promise.all([
    query.search({ ...rest, search_options: options }),
    query.search({ ...rest, fields: ["id"], pagination: { take: 0 }, search_options: { ...options, facets, disjunctive_facets, count: "none" } }),
  ])
  return { count: hits.search_result.metadata.count ?? 0, facets: toFacets(counted.search_result.facets), hits: hits.search_result.hits }
}

const chunks = <T>(items: T[], size = 500) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size))

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

export default async function benchSearch({ container }: ExecArgs) {
  const searchModule = container.resolve(Modules.SEARCH)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  await activateSearchIndexes(container)
  const clear = () =>
    Promise.all(
      [PRODUCT_SEARCH_INDEX, PRODUCT_FACET_INDEX].map((index) => searchModule.deleteDocuments({ index, filters: { id: { $prefix: ID_PREFIX } } }))
    )
  await clear()

  const next = random(20_210_301)
  const documents = Array.from({ length: PRODUCTS }, (_, i) => toProductSearchDocument(syntheticRow(i, next))!)
  const filling = performance.now()
  for (const batch of chunks(documents)) {
    await searchModule.upsertDocuments({ index: PRODUCT_SEARCH_INDEX, documents: batch })
    await searchModule.upsertDocuments({
      index: PRODUCT_FACET_INDEX,
      documents: batch.map(({ id, sales_channel_ids, county_code, province_code, category_handles, certified_until, price_fen }) => ({
        id, sales_channel_ids, county_code, province_code, category_handles, certified_until, price_fen,
      })),
    })
  }
  console.log(`filled ${PRODUCTS} products in ${((performance.now() - filling) / 1000).toFixed(1)} s`)
  // Measure the index as autovacuum leaves it a minute after a bulk load: without statistics
  // PostgreSQL guesses every jsonb filter wrong (a price range took 285 ms instead of 0.6 ms),
  // and the rows the previous run deleted would still be read as dead tuples.
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows: tables } = await db.raw(`select table_name from search_postgres_index where name like ? or name like ?`, [
    `${PRODUCT_SEARCH_INDEX}_v%`,
    `${PRODUCT_FACET_INDEX}_v%`,
  ])
  for (const { table_name } of tables) {
    await db.raw(`vacuum analyze ??`, [table_name])
  }
  // Only the words the catalogue did not have yet are added, and removed again at the end.
  const words = [...new Set(documents.flatMap(spellableWords))]
  const known = new Set<string>()
  for (const batch of chunks(words)) {
    const { search_result } = await query.search({
      entity: SEARCH_TERM_INDEX,
      fields: ["id"],
      filters: { id: batch },
      pagination: { take: batch.length },
    })
    search_result.hits.forEach((hit) => known.add(hit.id))
  }
  const added = words.filter((word) => !known.has(word))
  for (const batch of chunks(added)) {
    await searchModule.upsertDocuments({ index: SEARCH_TERM_INDEX, documents: batch.map((id) => ({ id })) })
  }
  console.log(`added ${added.length} words to the spelling index`)

  try {
    const plan = [
      ...Object.entries(QUERIES).flatMap(([kind, list]) => list.map((params) => ({ kind, params }))),
      ...QUERIES.browse.map((params) => ({ kind: OLD_BROWSE, params })),
    ]
    const timings = new Map<string, number[]>([...Object.keys(QUERIES), OLD_BROWSE].map((kind) => [kind, []]))
    const counted = new Map<string, { count: number; facets: unknown }>()
    const hits = new Map<string, number>()
    for (let round = 0; round <= ROUNDS; round++) {
      for (const { kind, params } of [...plan].sort(() => next() - 0.5)) {
        const started = performance.now()
        const scope = { sales_channel_ids: [CHANNEL], now: new Date() }
        const result =
          kind === OLD_BROWSE
            ? await countOnProductIndex(query, { limit: 20, offset: 0, ...params }, scope)
            : await searchProducts(query, { limit: 20, offset: 0, ...params }, scope)
        // Round 0 warms the caches and the connection pool.
        if (round > 0) {
          timings.get(kind)!.push(performance.now() - started)
          hits.set(JSON.stringify(params), result.count)
        }
        if (kind === "browse" || kind === OLD_BROWSE) {
          const key = JSON.stringify(params)
          const answer = { count: result.count, facets: result.facets }
          const other = counted.get(key)
          if (other && JSON.stringify(other) !== JSON.stringify(answer)) {
            throw new Error(`${key}: the facet index counts ${JSON.stringify(answer)}, the product index ${JSON.stringify(other)}`)
          }
          counted.set(key, answer)
        }
      }
    }

    const rows = [...timings, ["all", [...timings.values()].flat()] as const].map(([kind, values]) => {
      const sorted = [...values].sort((a, b) => a - b)
      return {
        kind,
        queries: sorted.length,
        // The fastest run says most about the engine when the machine is shared.
        "min ms": +sorted[0].toFixed(1),
        "p50 ms": +percentile(sorted, 50).toFixed(1),
        "p95 ms": +percentile(sorted, 95).toFixed(1),
        "max ms": +sorted[sorted.length - 1].toFixed(1),
      }
    })
    console.table(rows)
    console.log("matches per query:", Object.fromEntries(hits))
    console.log(`browses counted alike on both indexes: ${counted.size}`)
  } finally {
    await clear()
    for (const batch of chunks(added)) {
      await searchModule.deleteDocuments({ index: SEARCH_TERM_INDEX, filters: { id: batch } })
    }
  }
}
