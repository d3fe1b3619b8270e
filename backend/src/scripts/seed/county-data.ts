import data from "../../data/paired-counties.json"

export type PairedCounty = {
  code: string
  name_zh: string
  name_en: string
  prefecture_code: string
  prefecture_zh: string
  province_code: string
  province_zh: string
  /** null: paired with Shanghai at city level rather than with one district */
  shanghai_partner_zh: string | null
  shanghai_partner_en: string | null
  specialty_zh: string | null
  specialty_en: string | null
  verified: boolean
}

export const PAIRED_COUNTIES = data as PairedCounty[]

/** "Shache (Yarkant)" → "Shache": the reference data adds the local name in brackets. */
export const shortNameEn = (county: PairedCounty) => county.name_en.replace(/\s*\(.*\)$/, "")

/** Looks a list of records up by a natural key, for the seed's "create only what is missing". */
export function byKey<T, K>(rows: T[], key: (row: T) => K): Map<K, T> {
  return new Map(rows.map((row) => [key(row), row]))
}
