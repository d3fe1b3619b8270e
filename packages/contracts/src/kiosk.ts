// The kiosk API (/kiosk/*, docs/KIOSK.md) as the counter device sees it. Money in integer fen.
import type { ClerkRole, PaymentMethod } from "./enums"

export type { ClerkRole, PaymentMethod }

export type KioskCounter = { id: string; name: string; name_en?: string; kind: string; code?: string }
export type KioskDevice = { id: string; counter: KioskCounter }
export type KioskClerk = { id: string; name: string; role: ClerkRole }
/** `offline`: signed in on the device against the cached PIN hash (no token; the server is not reached). */
export type ClerkSession = { token: string; clerk: KioskClerk; expires_at: string; offline?: boolean }

export type CatalogueVariant = { id: string; title: string; sku: string | null; barcode: string | null; unit_price: number; stock: number }
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
export type Catalogue = {
  generated_at: string
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
export type Sale = {
  id: string
  order_id: string
  display_id: number
  idempotency_key: string
  sold_at: string
  counter_id: string
  clerk_id: string
  items: SaleLine[]
  total: number
  payment: { method: PaymentMethod; amount: number; tendered: number | null; change: number | null; reference: string | null }
  flagged: boolean
  flags: { kind: string; detail: string }[]
}

export type CashSession = {
  id: string
  opening_float: number
  opened_at: string
  closed_at?: string | null
  expected_cash?: number
  expected?: number
  counted?: number | null
  discrepancy?: number | null
}

export type Summary = {
  date: string
  orders: number
  items: number
  gross: number
  refunds: number
  net: number
  by_method: Record<PaymentMethod, number>
  flagged: number
  cash_sessions: CashSession[]
}

export type KioskRegisterDeviceResponse = { device_token: string; device: KioskDevice }
export type KioskDeviceResponse = { device: KioskDevice; counter: KioskCounter }
export type KioskClerksResponse = { clerks: KioskClerk[] }
export type KioskPinLoginResponse = Omit<ClerkSession, "offline">
export type KioskSaleResponse = { sale: Sale }
export type KioskSalesResponse = { date: string; sales: Sale[] }
export type KioskCashSessionResponse = { cash_session: CashSession | null }
export type KioskSummaryResponse = { summary: Summary }
