// Field lists for Medusa's store product routes and the backend's origins route (no imports: the
// benchmark reads them too).

/** The origin a product card and the list filters need, from GET /store/origins/products. */
export const LIST_ORIGIN_FIELDS = [
  "county.code",
  "county.name_zh",
  "county.name_en",
  "county.prefecture.code",
  "county.prefecture.name_zh",
  "county.prefecture.name_en",
  "county.prefecture.province.code",
  "county.prefecture.province.name_zh",
  "county.prefecture.province.name_en",
  "certification.number",
  "certification.issued_at",
  "certification.expires_at",
]

/** The origin panel of the product page. */
export const DETAIL_ORIGIN_FIELDS = [
  ...LIST_ORIGIN_FIELDS,
  "county.specialty_zh",
  "county.specialty_en",
  "county.pairings.district_zh",
  "county.pairings.district_en",
  "county.pairings.relation_type",
  "county.pairings.valid_from",
  "county.pairings.valid_to",
  "supplier.name",
  "supplier.type",
  "certification.issuer",
]

/** What a product card and the list filters need. */
export const LIST_FIELDS = [
  "id",
  "title",
  "handle",
  "thumbnail",
  "created_at",
  "*variants.calculated_price",
  "variants.id",
  "categories.id",
  "categories.handle",
].join(",")

/** Everything else the product page shows. */
export const DETAIL_FIELDS = [
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "+variants.manage_inventory",
  "+variants.allow_backorder",
  "*variants.options",
  "*options",
  "*options.values",
  "*images",
  "*categories",
  "+metadata",
].join(",")
