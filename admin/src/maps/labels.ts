import type { Lang } from "../lib/format"

// The maps' own words (zh first), kept beside them rather than in the console's message table.
const zh = {
  maps: "地图",
  countyMap: "结对县地图",
  countyMapHint: "圆点大小为计入销售额，颜色为目标完成度；点击县查看订单",
  districtMap: "上海各区完成度",
  districtMapHint: "指向或点击一个区，在结对县地图上突出它的结对县",
  noTarget: "无目标",
  pairedWith: "结对县",
  clearDistrict: "取消选择",
  mapLoading: "地图加载中…",
}
export type MapLabel = keyof typeof zh
const en: Record<MapLabel, string> = {
  maps: "Maps",
  countyMap: "Paired counties",
  countyMapHint: "Point size: counted sales; colour: completion of target. Click a county for its orders",
  districtMap: "Shanghai districts: completion",
  districtMapHint: "Point at or click a district to highlight its paired counties on the county map",
  noTarget: "No target",
  pairedWith: "Paired counties",
  clearDistrict: "Clear",
  mapLoading: "Loading the map…",
}
export const mapLabel = (lang: Lang, key: MapLabel) => (lang === "zh" ? zh : en)[key]
