import { describe, expect, it } from "vitest"
import { receiptFromQueued, receiptFromSale } from "@/lib/kiosk/receipt"
import { KioskContext, type Kiosk } from "@/modules/kiosk/context"
import { ReceiptView } from "@/modules/kiosk/ReceiptView"
import { cashSale } from "../fixtures"
import { renderIntl } from "../helpers"
import { act } from "../render"

const sale = cashSale(
  [
    { variant_id: "v1", title: "澜沧普洱咖啡", county_name: "澜沧拉祜族自治县", quantity: 2, unit_price: 4_990, total: 9_980 },
    { variant_id: "v2", title: "墨竹工卡青稞", county_name: "墨竹工卡县", quantity: 1, unit_price: 2_500, total: 2_500 },
  ],
  20_000
)

// The receipt reads only the counter, the clerk and the locale from the kiosk.
const kiosk = (locale: "zh" | "en") =>
  ({ locale, counter: { id: "ctr_1", name: "徐汇区百县百品专柜", name_en: "Xuhui counter", kind: "counter" }, session: { token: "t", clerk: { id: "clerk_1", name: "王芳", role: "clerk" }, expires_at: "2099-01-01T00:00:00Z" } }) as unknown as Kiosk

const view = async (r: ReturnType<typeof receiptFromSale>, locale: "zh" | "en" = "zh") => {
  const { container } = renderIntl(
    <KioskContext.Provider value={kiosk(locale)}>
      <ReceiptView receipt={r} onNext={() => {}} />
    </KioskContext.Provider>,
    locale
  )
  // The QR code is drawn asynchronously.
  await act(async () => {
    for (let i = 0; i < 20 && !container.querySelector('[data-testid="receipt-qr"]'); i++) await new Promise((res) => setTimeout(res, 10))
  })
  return container
}
const text = (c: HTMLElement, id: string) => [...c.querySelectorAll(`[data-testid="${id}"]`)].map((e) => e.textContent)

describe("receipt view", () => {
  it("prints the order number, each line's county, totals, payment and a QR code of the number", async () => {
    const c = await view(receiptFromSale(sale))
    expect(text(c, "receipt-number")).toEqual(["#1042"])
    expect(text(c, "receipt-county")).toEqual(["产地: 澜沧拉祜族自治县", "产地: 墨竹工卡县"])
    expect(text(c, "receipt-total")).toEqual(["¥124.80"])
    expect(text(c, "receipt-change")).toEqual(["¥75.20"])
    expect(text(c, "receipt-method")).toEqual(["现金"])
    expect(c.textContent).toContain("徐汇区百县百品专柜")
    expect(c.textContent).toContain("王芳")
    const qr = c.querySelector<HTMLImageElement>('[data-testid="receipt-qr"]')!
    expect(qr.alt).toBe("#1042")
    expect(decodeURIComponent(qr.src)).toMatch(/^data:image\/svg\+xml;charset=utf-8,<svg/)
    expect(c.querySelector("style")?.textContent).toContain("size: 80mm auto")
    expect(c.querySelector('[data-testid="receipt-pending"]')).toBeNull()
  })

  it("says an offline sale is waiting to be synced and shows its local reference, in English too", async () => {
    const entry = {
      key: sale.idempotency_key,
      sale: { idempotency_key: sale.idempotency_key, sold_at: sale.sold_at, clerk_id: "clerk_1", items: [], payment: { method: "card" as const, amount: 12_480, reference: "POS-778" } },
      lines: sale.items,
      queued_at: sale.sold_at,
      status: "pending" as const,
      attempts: 0,
      last_error: null,
      next_attempt_at: 0,
    }
    const c = await view(receiptFromQueued(entry), "en")
    expect(text(c, "receipt-number")).toEqual(["0B7E3C1A"])
    expect(text(c, "receipt-pending")[0]).toMatch(/Not synced yet/)
    expect(text(c, "receipt-method")).toEqual(["Card"])
    expect(c.textContent).toContain("POS-778")
    expect(c.textContent).toContain("Xuhui counter")
    expect(c.querySelector<HTMLImageElement>('[data-testid="receipt-qr"]')!.alt).toBe("0B7E3C1A")
  })
})
