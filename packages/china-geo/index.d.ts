export type Position = [number, number]
export type RegionFeature<P> = {
  type: "Feature"
  properties: P
  geometry: { type: "Polygon"; coordinates: Position[][] } | { type: "MultiPolygon"; coordinates: Position[][][] }
}
export type RegionCollection<P> = { type: "FeatureCollection"; features: RegionFeature<P>[] }
/** name: the prefecture's Chinese name; code: its 4-digit GB/T 2260 code; province_code: 2 digits */
export type PrefectureProps = { name: string; code: string; province_code: string }
/** name: the district's Chinese name, as the ledger names it */
export type DistrictProps = { name: string }

export declare const BASE_MAP: { caption_zh: string; caption_en: string; review_number: string | null }
export declare function loadPairedProvinces(): Promise<RegionCollection<PrefectureProps>>
export declare function loadShanghaiDistricts(): Promise<RegionCollection<DistrictProps>>
export declare function loadCountySeats(): Promise<Record<string, Position>>
