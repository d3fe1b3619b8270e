/**
 * When an order's sale happened, as SQL over the "order" table. A counter sale made offline
 * reaches Medusa later; the device's sale time travels in metadata.kiosk.sold_at and books it on
 * the day it was sold.
 */
export const SALE_TIME_SQL = `coalesce((metadata->'kiosk'->>'sold_at')::timestamptz, created_at)`
