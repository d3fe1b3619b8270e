// English names for the provinces and prefectures of the paired counties (the reference data gives
// Chinese names only).
export const PROVINCE_EN: Record<string, string> = {
  "42": "Hubei",
  "50": "Chongqing",
  "52": "Guizhou",
  "53": "Yunnan",
  "54": "Tibet (Xizang)",
  "63": "Qinghai",
  "65": "Xinjiang",
}

export const PREFECTURE_EN: Record<string, string> = {
  "4205": "Yichang",
  "5001": "Chongqing",
  "5203": "Zunyi",
  "5301": "Kunming",
  "5303": "Qujing",
  "5305": "Baoshan",
  "5306": "Zhaotong",
  "5307": "Lijiang",
  "5308": "Pu'er",
  "5309": "Lincang",
  "5323": "Chuxiong Yi Autonomous Prefecture",
  "5325": "Honghe Hani and Yi Autonomous Prefecture",
  "5326": "Wenshan Zhuang and Miao Autonomous Prefecture",
  "5328": "Xishuangbanna Dai Autonomous Prefecture",
  "5329": "Dali Bai Autonomous Prefecture",
  "5331": "Dehong Dai and Jingpo Autonomous Prefecture",
  "5334": "Diqing Tibetan Autonomous Prefecture",
  "5402": "Shigatse",
  "6326": "Golog Tibetan Autonomous Prefecture",
  "6502": "Karamay",
  "6531": "Kashgar Prefecture",
}

// Shanghai's cooperation with each region: east-west cooperation with Yunnan and Guizhou,
// counterpart support to Xinjiang, Tibet and Qinghai, and Three Gorges support to Chongqing and Hubei.
export const RELATION_BY_PROVINCE: Record<string, "east_west" | "counterpart" | "three_gorges"> = {
  "42": "three_gorges",
  "50": "three_gorges",
  "52": "east_west",
  "53": "east_west",
  "54": "counterpart",
  "63": "counterpart",
  "65": "counterpart",
}
