import { PREFECTURE_EN, PROVINCE_EN } from "../../data/regions"
import type { CatalogueItem } from "./catalogue"
import type { CategoryHandle } from "./categories"
import { shortNameEn, type PairedCounty } from "./county-data"

const CATEGORY_COPY: Record<CategoryHandle, { zh: string; en: string }> = {
  tea: {
    zh: "高山茶园春季采摘，传统工艺制作，汤色明亮、回味甘甜。",
    en: "Picked in spring from highland gardens and made in the traditional way: a bright liquor with a sweet finish.",
  },
  coffee: {
    zh: "高海拔种植、人工采摘，中度烘焙，带坚果与焦糖风味。",
    en: "Grown at altitude, picked by hand and medium-roasted, with notes of nuts and caramel.",
  },
  meat: {
    zh: "天然放养，检疫合格后冷链直发。",
    en: "Raised free-range, inspected and shipped chilled.",
  },
  "fruit-nuts": {
    zh: "产地直采，当季新货，分拣后发货。",
    en: "Bought from growers in season and sorted before shipping.",
  },
  "grains-oils": {
    zh: "当年新粮，在原产地加工包装。",
    en: "This year's harvest, milled and packed where it was grown.",
  },
  "mushrooms-herbs": {
    zh: "山林采集，晾晒烘干，便于保存。",
    en: "Gathered in mountain forests and dried for keeping.",
  },
  condiments: {
    zh: "沿用传统工艺，不添加防腐剂。",
    en: "Made the traditional way, without preservatives.",
  },
  handicrafts: {
    zh: "由当地手艺人纯手工制作，每件略有不同。",
    en: "Made entirely by hand by local artisans; no two pieces are quite alike.",
  },
  other: {
    zh: "产地直供，地道风味。",
    en: "Shipped direct from where it is made, with its authentic local taste.",
  },
}

const showsPack = (item: CatalogueItem) => item.packs.length === 1 && item.category !== "handicrafts"

/** "莎车巴旦木 500g"; products sold in several pack sizes name the size in the variant instead. */
export const productTitle = (item: CatalogueItem) =>
  showsPack(item) ? `${item.name_zh} ${item.packs[0].zh}` : item.name_zh

/** "Shache almonds, 500 g": the English title, written as the product's en-US translation. */
export const productTitleEn = (item: CatalogueItem) =>
  showsPack(item) ? `${item.name_en}, ${item.packs[0].en}` : item.name_en

/** The Chinese description (the product's own) and the English one (its en-US translation). */
export function productDescription(item: CatalogueItem, county: PairedCounty): { zh: string; en: string } {
  const prefectureZh = county.prefecture_zh === county.province_zh ? "" : county.prefecture_zh
  const partnerZh = county.shanghai_partner_zh ? `上海市${county.shanghai_partner_zh}对口帮扶渠道` : "上海市消费帮扶渠道"
  const zh =
    `${item.name_zh}产自${county.province_zh}${prefectureZh}${county.name_zh}。${CATEGORY_COPY[item.category].zh}` +
    `本品经${partnerZh}供应，每一份购买都带动当地农户增收。`

  const prefectureEn = PREFECTURE_EN[county.prefecture_code]
  const provinceEn = PROVINCE_EN[county.province_code]
  const where = prefectureEn === provinceEn ? provinceEn : `${prefectureEn}, ${provinceEn}`
  const partnerEn = county.shanghai_partner_en
    ? `Shanghai ${county.shanghai_partner_en}'s paired-assistance channel`
    : "Shanghai's consumption-assistance channel"
  const en =
    `${item.name_en} from ${shortNameEn(county)}, ${where}. ${CATEGORY_COPY[item.category].en} ` +
    `Supplied through ${partnerEn}: every purchase adds to local households' income.`

  return { zh, en }
}
