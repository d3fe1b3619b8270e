import type { CategoryHandle } from "./categories"

type Pack = {
  zh: string
  en: string
  grams: number
  /** CNY yuan, as Medusa stores prices */
  price: number
}

export type CatalogueItem = {
  county_code: string
  /** the handle is "<county code>-<slug>" */
  slug: string
  name_zh: string
  name_en: string
  category: CategoryHandle
  /** One pack is one variant; handicrafts are single pieces and show no pack size in the title. */
  packs: Pack[]
  /** The county's data names no specialty: the seed's own choice of specialty, in Chinese. */
  seed_choice?: string
}

const g = (grams: number, price: number, zh = `${grams}g`, en = `${grams} g`): Pack => ({ zh, en, grams, price })
const kg = (kilos: string, price: number): Pack => ({
  zh: `${kilos}kg`,
  en: `${kilos} kg`,
  grams: Math.round(Number(kilos) * 1000),
  price,
})

/** One product per paired county, built from its specialty; prices are typical retail prices. */
export const CATALOGUE: CatalogueItem[] = [
  { county_code: "653125", slug: "almonds", name_zh: "莎车巴旦木", name_en: "Shache almonds", category: "fruit-nuts", packs: [g(500, 88), kg("1", 168)] },
  { county_code: "653124", slug: "jujubes", name_zh: "泽普骏枣", name_en: "Zepu jujubes", category: "fruit-nuts", packs: [kg("1", 49)] },
  { county_code: "653126", slug: "walnuts", name_zh: "叶城核桃", name_en: "Yecheng walnuts", category: "fruit-nuts", packs: [kg("1", 59)] },
  { county_code: "653130", slug: "mutton", name_zh: "巴楚羊肉", name_en: "Bachu mutton", category: "meat", packs: [kg("1", 128)] },
  { county_code: "650203", slug: "gobi-honey", name_zh: "克拉玛依戈壁蜂蜜", name_en: "Karamay Gobi honey", category: "other", packs: [g(500, 78)], seed_choice: "戈壁蜂蜜" },
  { county_code: "540222", slug: "highland-barley", name_zh: "江孜青稞", name_en: "Gyantse highland barley", category: "grains-oils", packs: [kg("1", 39)] },
  { county_code: "540223", slug: "wool-tapestry", name_zh: "定日藏式手工羊毛挂毯", name_en: "Tingri handwoven Tibetan wool tapestry", category: "handicrafts", packs: [g(800, 298)] },
  { county_code: "540224", slug: "quinoa", name_zh: "萨迦藜麦", name_en: "Sakya quinoa", category: "grains-oils", packs: [g(500, 45)] },
  { county_code: "540233", slug: "trout", name_zh: "亚东鲑鱼", name_en: "Yadong trout", category: "meat", packs: [kg("1", 168)] },
  { county_code: "540225", slug: "tibetan-knife", name_zh: "拉孜藏刀", name_en: "Lhatse Tibetan knife", category: "handicrafts", packs: [g(450, 388)] },
  { county_code: "632621", slug: "yak-meat", name_zh: "玛沁牦牛肉", name_en: "Maqen yak meat", category: "meat", packs: [g(500, 158)] },
  { county_code: "632623", slug: "yak-beef", name_zh: "甘德牦牛肉", name_en: "Gade yak beef", category: "meat", packs: [kg("1", 228)] },
  { county_code: "632624", slug: "yak-jerky", name_zh: "达日牦牛肉干", name_en: "Darlag yak jerky", category: "meat", packs: [g(250, 98)] },
  { county_code: "632622", slug: "yak-gift-box", name_zh: "班玛牦牛肉礼盒", name_en: "Baima yak meat gift box", category: "meat", packs: [kg("1.5", 268)] },
  { county_code: "632625", slug: "yak-beef", name_zh: "久治牦牛肉", name_en: "Jigzhi yak beef", category: "meat", packs: [kg("1", 198)] },
  { county_code: "632626", slug: "tibetan-lamb", name_zh: "玛多藏羊肉", name_en: "Madoi Tibetan lamb", category: "meat", packs: [kg("1", 168)] },
  { county_code: "520325", slug: "gelao-tea", name_zh: "道真仡山茶", name_en: "Daozhen Gelao mountain tea", category: "tea", packs: [g(250, 128)] },
  { county_code: "520328", slug: "green-tea", name_zh: "湄潭翠芽", name_en: "Meitan Cuiya green tea", category: "tea", packs: [g(250, 168), g(500, 318)] },
  { county_code: "520324", slug: "white-tea", name_zh: "正安白茶", name_en: "Zheng'an white tea", category: "tea", packs: [g(250, 198)] },
  { county_code: "520326", slug: "free-range-chicken", name_zh: "务川林下鸡", name_en: "Wuchuan free-range chicken", category: "meat", packs: [kg("1.5", 168)] },
  { county_code: "520327", slug: "zinc-selenium-tea", name_zh: "凤冈锌硒茶", name_en: "Fenggang zinc-selenium tea", category: "tea", packs: [g(250, 138)] },
  { county_code: "520329", slug: "kuding-tea", name_zh: "余庆苦丁茶", name_en: "Yuqing kuding tea", category: "tea", packs: [g(250, 68)] },
  { county_code: "520381", slug: "vinegar", name_zh: "赤水晒醋", name_en: "Chishui sun-dried vinegar", category: "condiments", packs: [g(1100, 36, "1L", "1 L")] },
  { county_code: "520330", slug: "goat", name_zh: "习水黔北麻羊肉", name_en: "Xishui Qianbei goat meat", category: "meat", packs: [kg("1", 138)] },
  { county_code: "520322", slug: "bamboo-shoots", name_zh: "桐梓方竹笋", name_en: "Tongzi square bamboo shoots", category: "other", packs: [g(500, 58)] },
  { county_code: "530828", slug: "coffee", name_zh: "澜沧普洱咖啡", name_en: "Lancang Pu'er coffee", category: "coffee", packs: [g(454, 68), g(908, 128, "454g×2", "2 × 454 g")] },
  { county_code: "530827", slug: "avocados", name_zh: "孟连牛油果", name_en: "Menglian avocados", category: "fruit-nuts", packs: [kg("2", 89)] },
  { county_code: "530824", slug: "raw-puer", name_zh: "景谷普洱生茶饼", name_en: "Jinggu raw Pu'er tea cake", category: "tea", packs: [g(357, 198)] },
  { county_code: "530826", slug: "tea", name_zh: "江城茶", name_en: "Jiangcheng tea", category: "tea", packs: [g(250, 98)] },
  { county_code: "530829", slug: "wa-mountain-tea", name_zh: "西盟佤山茶", name_en: "Ximeng Wa mountain tea", category: "tea", packs: [g(250, 88)], seed_choice: "佤山茶" },
  { county_code: "530821", slug: "ripe-puer", name_zh: "宁洱普洱熟茶饼", name_en: "Ning'er ripe Pu'er tea cake", category: "tea", packs: [g(357, 168)] },
  { county_code: "532527", slug: "plateau-pears", name_zh: "泸西高原梨", name_en: "Luxi plateau pears", category: "fruit-nuts", packs: [kg("5", 59)] },
  { county_code: "532525", slug: "tofu", name_zh: "石屏豆腐", name_en: "Shiping tofu", category: "other", packs: [kg("1", 39)] },
  { county_code: "532528", slug: "red-rice", name_zh: "元阳梯田红米", name_en: "Yuanyang terrace red rice", category: "grains-oils", packs: [kg("2.5", 49)] },
  { county_code: "532523", slug: "miao-embroidery", name_zh: "屏边苗绣手包", name_en: "Pingbian Miao embroidered clutch", category: "handicrafts", packs: [g(300, 268)] },
  { county_code: "532530", slug: "bananas", name_zh: "金平香蕉", name_en: "Jinping bananas", category: "fruit-nuts", packs: [kg("5", 39)], seed_choice: "香蕉" },
  { county_code: "532529", slug: "red-rice", name_zh: "红河撒玛坝红米", name_en: "Honghe Samaba red rice", category: "grains-oils", packs: [kg("2.5", 49)], seed_choice: "红米" },
  { county_code: "532531", slug: "tea", name_zh: "绿春茶", name_en: "Lüchun tea", category: "tea", packs: [g(250, 88)] },
  { county_code: "532503", slug: "pomegranates", name_zh: "蒙自石榴", name_en: "Mengzi pomegranates", category: "fruit-nuts", packs: [kg("5", 79)] },
  { county_code: "532627", slug: "gaofeng-beef", name_zh: "广南高峰牛肉", name_en: "Guangnan Gaofeng beef", category: "meat", packs: [kg("1", 198)] },
  { county_code: "532601", slug: "notoginseng", name_zh: "文山三七", name_en: "Wenshan notoginseng", category: "mushrooms-herbs", packs: [g(250, 298)] },
  { county_code: "532622", slug: "qiaoyuan-pears", name_zh: "砚山侨园梨", name_en: "Yanshan Qiaoyuan pears", category: "fruit-nuts", packs: [kg("5", 69)] },
  { county_code: "532624", slug: "star-anise", name_zh: "麻栗坡八角", name_en: "Malipo star anise", category: "condiments", packs: [g(250, 36)], seed_choice: "八角" },
  { county_code: "532626", slug: "chili", name_zh: "丘北辣椒", name_en: "Qiubei chili", category: "condiments", packs: [g(500, 39)] },
  { county_code: "532927", slug: "lemons", name_zh: "巍山柠檬", name_en: "Weishan lemons", category: "fruit-nuts", packs: [kg("2.5", 39)] },
  { county_code: "532932", slug: "silver-bowl", name_zh: "鹤庆手工银碗", name_en: "Heqing handmade silver bowl", category: "handicrafts", packs: [g(350, 588)] },
  { county_code: "532801", slug: "chahua-chicken", name_zh: "景洪茶花鸡", name_en: "Jinghong Chahua chicken", category: "meat", packs: [kg("1.2", 128)] },
  { county_code: "532822", slug: "ripe-puer", name_zh: "勐海普洱熟茶", name_en: "Menghai ripe Pu'er tea cake", category: "tea", packs: [g(357, 228)] },
  { county_code: "532823", slug: "yiwu-puer", name_zh: "勐腊易武普洱茶", name_en: "Mengla Yiwu Pu'er tea cake", category: "tea", packs: [g(357, 268)], seed_choice: "普洱茶" },
  { county_code: "530502", slug: "arabica-coffee", name_zh: "保山小粒咖啡", name_en: "Baoshan arabica coffee", category: "coffee", packs: [g(454, 78), g(908, 148, "454g×2", "2 × 454 g")] },
  { county_code: "530521", slug: "arabica-coffee", name_zh: "施甸小粒咖啡", name_en: "Shidian arabica coffee", category: "coffee", packs: [g(454, 68)], seed_choice: "小粒咖啡" },
  { county_code: "530523", slug: "dendrobium", name_zh: "龙陵石斛", name_en: "Longling dendrobium", category: "mushrooms-herbs", packs: [g(100, 198)] },
  { county_code: "530524", slug: "black-tea", name_zh: "昌宁红茶", name_en: "Changning black tea", category: "tea", packs: [g(250, 128)] },
  { county_code: "530623", slug: "black-bone-chicken", name_zh: "盐津乌骨鸡", name_en: "Yanjin black-bone chicken", category: "meat", packs: [kg("1.5", 158)], seed_choice: "乌骨鸡" },
  { county_code: "530621", slug: "sichuan-pepper", name_zh: "鲁甸花椒", name_en: "Ludian Sichuan pepper", category: "condiments", packs: [g(250, 48)] },
  { county_code: "530113", slug: "noodles", name_zh: "东川面条", name_en: "Dongchuan noodles", category: "grains-oils", packs: [kg("2", 29)], seed_choice: "面条" },
  { county_code: "530129", slug: "potatoes", name_zh: "寻甸开花洋芋", name_en: "Xundian floury potatoes", category: "grains-oils", packs: [kg("5", 39)] },
  { county_code: "530128", slug: "buckwheat", name_zh: "禄劝荞麦", name_en: "Luquan buckwheat", category: "grains-oils", packs: [kg("2", 35)], seed_choice: "荞麦" },
  { county_code: "530924", slug: "walnuts", name_zh: "镇康核桃", name_en: "Zhenkang walnuts", category: "fruit-nuts", packs: [kg("1", 68)] },
  { county_code: "530926", slug: "cane-sugar", name_zh: "耿马蔗糖", name_en: "Gengma cane sugar", category: "condiments", packs: [kg("1", 29)] },
  { county_code: "530927", slug: "red-rice", name_zh: "沧源佤山红米", name_en: "Cangyuan Wa mountain red rice", category: "grains-oils", packs: [kg("2.5", 45)], seed_choice: "红米" },
  { county_code: "533401", slug: "nixi-chicken", name_zh: "香格里拉尼西土鸡", name_en: "Shangri-La Nixi chicken", category: "meat", packs: [kg("1.5", 168)] },
  { county_code: "533422", slug: "matsutake", name_zh: "德钦松茸", name_en: "Deqin matsutake", category: "mushrooms-herbs", packs: [g(250, 298)], seed_choice: "松茸" },
  { county_code: "533423", slug: "black-fungus", name_zh: "维西黑木耳", name_en: "Weixi black fungus", category: "mushrooms-herbs", packs: [g(250, 58)], seed_choice: "黑木耳" },
  { county_code: "532324", slug: "wild-mushrooms", name_zh: "南华野生菌", name_en: "Nanhua wild mushrooms", category: "mushrooms-herbs", packs: [g(250, 128)] },
  { county_code: "532329", slug: "capon", name_zh: "武定壮鸡", name_en: "Wuding capon", category: "meat", packs: [kg("2", 188)] },
  { county_code: "533103", slug: "tribute-rice", name_zh: "芒市遮放贡米", name_en: "Mangshi Zhefang tribute rice", category: "grains-oils", packs: [kg("5", 69)] },
  { county_code: "530326", slug: "spotted-copper", name_zh: "会泽斑铜摆件", name_en: "Huize spotted-copper ornament", category: "handicrafts", packs: [g(1500, 888)] },
  { county_code: "530724", slug: "walnuts", name_zh: "宁蒗核桃", name_en: "Ninglang walnuts", category: "fruit-nuts", packs: [kg("1", 58)] },
  { county_code: "500101", slug: "red-tangerines", name_zh: "万州古红桔", name_en: "Wanzhou heirloom red tangerines", category: "fruit-nuts", packs: [kg("5", 59)] },
  { county_code: "420506", slug: "tangerines", name_zh: "夷陵蜜桔", name_en: "Yiling tangerines", category: "fruit-nuts", packs: [kg("5", 49)] },
]
