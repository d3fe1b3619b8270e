export const RELATION_TYPES = ["east_west", "counterpart", "three_gorges"] as const
export type RelationType = (typeof RELATION_TYPES)[number]

export const SUPPLIER_TYPES = ["enterprise", "cooperative", "family_farm", "trader"] as const
export type SupplierType = (typeof SUPPLIER_TYPES)[number]

export const SHANGHAI_DISTRICTS = [
  { zh: "黄浦区", en: "Huangpu" },
  { zh: "徐汇区", en: "Xuhui" },
  { zh: "长宁区", en: "Changning" },
  { zh: "静安区", en: "Jing'an" },
  { zh: "普陀区", en: "Putuo" },
  { zh: "虹口区", en: "Hongkou" },
  { zh: "杨浦区", en: "Yangpu" },
  { zh: "闵行区", en: "Minhang" },
  { zh: "宝山区", en: "Baoshan" },
  { zh: "嘉定区", en: "Jiading" },
  { zh: "浦东新区", en: "Pudong" },
  { zh: "金山区", en: "Jinshan" },
  { zh: "松江区", en: "Songjiang" },
  { zh: "青浦区", en: "Qingpu" },
  { zh: "奉贤区", en: "Fengxian" },
  { zh: "崇明区", en: "Chongming" },
] as const
