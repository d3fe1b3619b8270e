import type {
  Catalogue,
  ClerkSession,
  KioskCashSessionResponse,
  KioskClerksResponse,
  KioskDeviceResponse,
  KioskOpenedCashSessionResponse,
  KioskRefusal,
  KioskRegisterDeviceResponse,
  KioskReturnResponse,
  KioskSalesResponse,
  KioskSummaryResponse,
  PaymentMethod,
  SaleInput,
} from "./types"

/** The backend answered with an error status; `body` is its `{type, message, …}`. */
export class KioskApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Partial<KioskRefusal> & Record<string, unknown>
  ) {
    super(body.message || `HTTP ${status}`)
  }
}

export type KioskCredentials = { device?: string; clerk?: string }

/** The answer to a sale as the queue needs it: any status, never thrown (network errors are). */
export type RawAnswer = { status: number; body: unknown }

/**
 * The browser talks to the backend's /kiosk routes directly (CORS: KIOSK_CORS), so that a sale
 * needs nothing but the backend and the device keeps working while the Next server restarts.
 */
export function createKioskApi(baseUrl: string, credentials: () => KioskCredentials) {
  const base = baseUrl.replace(/\/$/, "")

  async function raw(method: string, path: string, body?: unknown): Promise<RawAnswer> {
    const { device, clerk } = credentials()
    const headers: Record<string, string> = { accept: "application/json" }
    if (body !== undefined) headers["content-type"] = "application/json"
    if (device) headers["x-kiosk-device"] = device
    if (clerk) headers.authorization = `Bearer ${clerk}`
    const res = await fetch(`${base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
    })
    const text = await res.text()
    let parsed: unknown
    try {
      parsed = text ? JSON.parse(text) : {}
    } catch {
      parsed = { message: text.slice(0, 200) }
    }
    return { status: res.status, body: parsed }
  }

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await raw(method, path, body)
    if (res.status >= 400) throw new KioskApiError(res.status, res.body as KioskApiError["body"])
    return res.body as T
  }

  const q = (date: string) => `date=${encodeURIComponent(date)}`

  return {
    register: (code: string) => call<KioskRegisterDeviceResponse>("POST", "/kiosk/devices", { code }),
    device: () => call<KioskDeviceResponse>("GET", "/kiosk/device"),
    clerks: () => call<KioskClerksResponse>("GET", "/kiosk/clerks"),
    login: (clerk_id: string, pin: string) => call<ClerkSession>("POST", "/kiosk/auth/pin", { clerk_id, pin }),
    catalogue: () => call<Catalogue>("GET", "/kiosk/catalogue"),
    postSale: (sale: SaleInput) => raw("POST", "/kiosk/sales", sale),
    sales: (date: string) => call<KioskSalesResponse>("GET", `/kiosk/sales?${q(date)}`),
    createReturn: (
      saleId: string,
      input: { items: { variant_id: string; quantity: number }[]; manager_pin: string; reason: string; refund_method: PaymentMethod }
    ) => call<KioskReturnResponse>("POST", `/kiosk/sales/${encodeURIComponent(saleId)}/returns`, input),
    currentCash: () => call<KioskCashSessionResponse>("GET", "/kiosk/cash-sessions/current"),
    openCash: (opening_float: number) => call<KioskOpenedCashSessionResponse>("POST", "/kiosk/cash-sessions", { opening_float }),
    closeCash: (id: string, counted: number, note?: string) =>
      call<KioskOpenedCashSessionResponse>("POST", `/kiosk/cash-sessions/${encodeURIComponent(id)}/close`, { counted, note }),
    summary: (date: string) => call<KioskSummaryResponse>("GET", `/kiosk/summary?${q(date)}`),
  }
}

export type KioskApi = ReturnType<typeof createKioskApi>
