// The kiosk API (/kiosk/*, docs/KIOSK.md) as the counter device sees it. Money in integer fen.
// `Time` is string on the wire (ISO 8601) and Date where the backend builds the answer.
import type { ClerkRole, CounterKind, PaymentMethod } from "./enums"

export type { ClerkRole, PaymentMethod }

/** name: the Chinese name; code and name_en may be missing from a device pinned before they were sent. */
export type KioskCounter = { id: string; name: string; name_zh?: string; name_en?: string; kind: CounterKind; code?: string }
export type KioskDevice = { id: string; counter: KioskCounter }
export type KioskClerk = { id: string; name: string; role: ClerkRole }
/** `offline`: signed in on the device against the cached PIN hash (no token; the server is not reached). */
export type ClerkSession = { token: string; clerk: KioskClerk; expires_at: string; offline?: boolean }

/** unit_price: null when the variant has no CNY price today; stock: null when its stock is not managed. */
export type CatalogueVariant = { id: string; title: string; sku: string | null; barcode: string | null; unit_price: number | null; stock: number | null }
/** A variant the counter can sell: it has a price. */
export type PricedVariant = CatalogueVariant & { unit_price: number }
// *_en: the en-US translations (Medusa's Translation Module); absent in a catalogue cached before they were sent.
export type CatalogueProduct = {
  id: string
  title: string
  title_en?: string
  thumbnail: string | null
  category_ids: string[]
  county: { code: string; name: string; name_en?: string } | null
  variants: CatalogueVariant[]
}
export type Catalogue<Time = string> = {
  generated_at: Time
  currency_code: string
  categories: { id: string; name: string; name_en?: string }[]
  products: CatalogueProduct[]
}

export type SaleItemInput = { variant_id: string; quantity: number; unit_price: number }
export type PaymentInput = { method: PaymentMethod; amount: number; tendered?: number; reference?: string }
export type SaleInput = {
  idempotency_key: string
  sold_at: string
  clerk_id: string
  items: SaleItemInput[]
  payment: PaymentInput
  override?: { manager_pin: string; reason: string }
}

export type SaleLine = {
  variant_id: string
  title: string
  county_name: string | null
  quantity: number
  unit_price: number
  total: number
}
export type SalePayment = { method: PaymentMethod; amount: number; tendered: number | null; change: number | null; reference: string | null }
export type Sale<Time = string> = {
  id: string
  order_id: string
  display_id: number
  idempotency_key: string
  sold_at: Time
  counter_id: string
  clerk_id: string
  items: SaleLine[]
  total: number
  payment: SalePayment
  flagged: boolean
  flags: { kind: string; detail: string }[]
}

/** A sale's refund as GET /kiosk/sales/:id lists it. */
export type SaleRefund<Time = string> = { id: string; amount: number; refund_method: PaymentMethod; reason: string; created_at: Time }
export type SaleWithRefunds<Time = string> = Sale<Time> & { returns: SaleRefund<Time>[] }

/** POST /kiosk/sales/:id/returns: the return booked on the sale's order, with its lines (fen). */
export type KioskReturn<Time = string> = SaleRefund<Time> & {
  sale_id: string
  order_id: string
  return_id: string
  manager_id: string
  items: { variant_id: string; quantity: number; unit_price: number; total: number }[]
}

/** expected (= expected_cash): cash that should be in the drawer, now for an open session, at closing for a closed one. */
export type CashSession<Time = string> = {
  id: string
  counter_id: string
  opened_by: string
  opened_at: Time
  opening_float: number
  closed_by: string | null
  closed_at: Time | null
  expected: number | null
  expected_cash: number | null
  counted: number | null
  discrepancy: number | null
  note: string | null
}

export type Summary<Time = string> = {
  date: string
  orders: number
  items: number
  gross: number
  refunds: number
  net: number
  by_method: Record<PaymentMethod, number>
  flagged: number
  cash_sessions: CashSession<Time>[]
}

/** An error answer: `type` as Medusa's errors, with the PIN's lock or attempts where they apply. */
export type KioskRefusal<Time = string> = { type: string; message: string; locked_until?: Time | null; attempts_left?: number }

export type KioskRegisterDeviceResponse = { device_token: string; device: KioskDevice }
export type KioskDeviceResponse = { device: KioskDevice; counter: KioskCounter }
export type KioskClerksResponse = { clerks: KioskClerk[] }
export type KioskPinLoginResponse<Time = string> = Omit<ClerkSession, "offline" | "expires_at"> & { expires_at: Time }
export type KioskCatalogueResponse<Time = string> = Catalogue<Time>
export type KioskSaleResponse<Time = string> = { sale: Sale<Time> }
export type KioskSaleDetailResponse<Time = string> = { sale: SaleWithRefunds<Time> }
export type KioskSalesResponse<Time = string> = { date: string; sales: Sale<Time>[] }
export type KioskReturnResponse<Time = string> = { return: KioskReturn<Time> }
export type KioskCashSessionResponse<Time = string> = { cash_session: CashSession<Time> | null }
export type KioskOpenedCashSessionResponse<Time = string> = { cash_session: CashSession<Time> }
/** GET /kiosk/summary: the counter's Shanghai day, at the top level. */
export type KioskSummaryResponse<Time = string> = Summary<Time>
