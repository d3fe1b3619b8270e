/** A county with its place in the region tree, as both the admin and the store show it. */
export const COUNTY_FIELDS = [
  "code",
  "name_zh",
  "name_en",
  "specialty_zh",
  "specialty_en",
  "story_zh",
  "story_en",
  "prefecture.code",
  "prefecture.name_zh",
  "prefecture.name_en",
  "prefecture.province.code",
  "prefecture.province.name_zh",
  "prefecture.province.name_en",
]
