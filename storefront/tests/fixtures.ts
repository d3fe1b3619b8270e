import type { Sale, SaleLine } from "@/lib/kiosk/types"
import type { StoreOriginsResponse as OriginTree } from "@onecounty/contracts/store"
import type { Product } from "@onecounty/contracts/storefront"

type P = Omit<Partial<Product>, "county" | "categories" | "certification"> & { id: string }

/** A product as the store API returns it with origin fields. */
export function product(p: P & { price?: number; prices?: number[]; province?: string; county?: string; certified?: "valid" | "expired" | "none"; categories?: string[] }): Product {
  const prices = p.prices ?? [p.price ?? 10]
  const province = p.province ?? "53"
  const county = p.county ?? "530828"
  return {
    title: `商品${p.id}`,
    subtitle: null,
    handle: `handle-${p.id}`,
    thumbnail: null,
    created_at: "2026-01-01T00:00:00Z",
    ...p,
    variants: prices.map((amount, i) => ({
      id: `var_${p.id}_${i}`,
      title: `规格${i}`,
      calculated_price: { calculated_amount: amount, original_amount: amount, currency_code: "cny" },
      manage_inventory: true,
      allow_backorder: false,
      inventory_quantity: 100,
    })),
    categories: (p.categories ?? ["coffee"]).map((handle) => ({ id: `pcat_${handle}`, handle, name: handle })),
    county: {
      code: county,
      name_zh: `县${county}`,
      name_en: `County ${county}`,
      prefecture: { code: county.slice(0, 4), name_zh: "地区", name_en: "Prefecture", province: { code: province, name_zh: `省${province}`, name_en: `Province ${province}` } },
      pairings: [{ district_zh: "黄浦区", district_en: "Huangpu", relation_type: "east_west", valid_from: "2021-01-01T00:00:00Z", valid_to: null }],
    },
    supplier: { name: "澜沧合作社", type: "cooperative" },
    certification:
      p.certified === "none"
        ? null
        : {
            number: `XFBF-2022-${county}-001`,
            issuer: "上海市合作交流办",
            issued_at: "2022-02-15T00:00:00Z",
            expires_at: p.certified === "expired" ? "2024-12-31T00:00:00Z" : "2027-12-31T00:00:00Z",
          },
  } as unknown as Product
}

export const TREE: OriginTree = {
  provinces: [
    {
      code: "53",
      name_zh: "云南省",
      name_en: "Yunnan",
      county_count: 3,
      product_count: 5,
      prefectures: [
        {
          code: "5308",
          name_zh: "普洱市",
          name_en: "Pu'er",
          county_count: 2,
          product_count: 3,
          counties: [
            { code: "530828", name_zh: "澜沧拉祜族自治县", name_en: "Lancang", specialty_zh: "普洱咖啡", specialty_en: "Pu'er coffee", product_count: 2 },
            { code: "530826", name_zh: "江城哈尼族彝族自治县", name_en: "Jiangcheng", specialty_zh: "江城茶", specialty_en: "Jiangcheng tea", product_count: 1 },
          ],
        },
        {
          code: "5305",
          name_zh: "保山市",
          name_en: "Baoshan",
          county_count: 1,
          product_count: 2,
          counties: [{ code: "530521", name_zh: "施甸县", name_en: "Shidian", specialty_zh: "小粒咖啡", specialty_en: "Arabica coffee", product_count: 2 }],
        },
      ],
    },
    {
      code: "65",
      name_zh: "新疆维吾尔自治区",
      name_en: "Xinjiang",
      county_count: 2,
      product_count: 1,
      prefectures: [
        {
          code: "6531",
          name_zh: "喀什地区",
          name_en: "Kashgar",
          county_count: 2,
          product_count: 1,
          counties: [
            { code: "653125", name_zh: "莎车县", name_en: "Shache", specialty_zh: "巴旦木", specialty_en: "Almonds", product_count: 1 },
            { code: "653126", name_zh: "叶城县", name_en: "Yecheng", specialty_zh: null, specialty_en: null, product_count: 0 },
          ],
        },
      ],
    },
  ],
}

/** A counter sale as the kiosk API returns it: order #1042, paid in cash, totals and change worked out from the lines. */
export function cashSale(items: SaleLine[], tendered: number): Sale {
  const total = items.reduce((sum, line) => sum + line.total, 0)
  return {
    id: "ksale_1",
    order_id: "order_1",
    display_id: 1042,
    idempotency_key: "0b7e3c1a-1111-4222-8333-444455556666",
    sold_at: "2026-11-24T02:15:00.000Z",
    counter_id: "ctr_1",
    clerk_id: "clerk_1",
    items,
    total,
    payment: { method: "cash", amount: total, tendered, change: tendered - total, reference: null },
    flagged: false,
    flags: [],
  }
}
