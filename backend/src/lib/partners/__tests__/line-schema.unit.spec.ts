import { isPlainValidLine, PartnerLineSchema } from "../line-schema"

const good = {
  reference: "R-20260308-0001",
  line: 1,
  outlet_code: "LH-001",
  sold_at: "2026-03-08T10:15:00+08:00",
  barcode: "6901234567892",
  quantity: 2,
  amount_fen: 3980,
}

// Each case changes the good line; the fast check must never accept what the schema refuses, nor
// accept a line the schema would change (trim).
const variants: Record<string, unknown>[] = [
  {},
  { sku: "LH-ALM-500", barcode: undefined },
  { sku: "LH-ALM-500", barcode: null },
  { sku: "LH-ALM-500" },
  { sku: null },
  { sku: "" },
  { barcode: "6901234567891" },
  { barcode: " 6901234567892" },
  { barcode: "690123456789" },
  { barcode: 6901234567892 },
  { barcode: "", sku: "X" },
  { reference: "" },
  { reference: " R1" },
  { reference: "R1\u3000" },
  { reference: "x".repeat(64) },
  { reference: "x".repeat(65) },
  { reference: 12 },
  { outlet_code: "" },
  { outlet_code: "LH 001" },
  { line: 0 },
  { line: 1.5 },
  { line: "1" },
  { line: 1_000_000 },
  { line: 1_000_001 },
  { sold_at: "2026-03-08T10:15:00Z" },
  { sold_at: "2026-03-08T10:15:00.123456+08:00" },
  { sold_at: "2026-03-08T10:15+08:00" },
  { sold_at: "2026-03-08 10:15:00+08:00" },
  { sold_at: "2026-03-08T10:15:00" },
  { sold_at: "2026-02-30T10:15:00+08:00" },
  { sold_at: "2024-02-29T10:15:00+08:00" },
  { sold_at: "2026-03-08T24:00:00+08:00" },
  { sold_at: 1772936100000 },
  { quantity: 0 },
  { quantity: -1, amount_fen: -1990 },
  { quantity: 0, amount_fen: -1990 },
  { quantity: 1, amount_fen: -1990 },
  { quantity: -1, amount_fen: 0 },
  { quantity: 1, amount_fen: 0 },
  { quantity: 1_000_001 },
  { amount_fen: 1_000_000_000_001 },
  { amount_fen: -1_000_000_000_000, quantity: -3 },
  { amount_fen: 39.8 },
  { amount_fen: Number.NaN },
  { amount_fen: Number.POSITIVE_INFINITY },
  { amount_fen: "3980" },
  { extra: 1 },
  { amount_yuan: 39.8 },
]

describe("isPlainValidLine", () => {
  it("accepts a plain good line as the schema does, unchanged", () => {
    expect(isPlainValidLine(good)).toBe(true)
    expect(PartnerLineSchema.parse(good)).toEqual(good)
  })

  it.each(variants.map((v) => [JSON.stringify(v), v]))("never disagrees with the schema: %s", (_, change) => {
    const line = { ...good, ...(change as object) }
    for (const [k, v] of Object.entries(line)) {
      if (v === undefined) delete (line as Record<string, unknown>)[k]
    }
    if (isPlainValidLine(line)) {
      const parsed = PartnerLineSchema.safeParse(line)
      expect(parsed.success).toBe(true)
      expect(parsed.data).toEqual(line)
    }
  })

  it("refuses what it does not read: non-objects, arrays, unknown fields, spaces to trim", () => {
    for (const item of [null, undefined, "line", 1, [good], { ...good, note: "x" }, { ...good, reference: "R1 " }]) {
      expect(isPlainValidLine(item)).toBe(false)
    }
  })

  it("accepts the usual shapes: a SKU line, a return, a refund of money only, a UTC time with milliseconds", () => {
    const ok = [
      { ...good, barcode: undefined, sku: "LH-ALM-500" },
      { ...good, barcode: null, sku: "LH-ALM-500" },
      { ...good, quantity: -1, amount_fen: -1990 },
      { ...good, quantity: 0, amount_fen: -1990 },
      { ...good, sold_at: "2026-03-08T02:15:00.123Z" },
    ].map((l) => JSON.parse(JSON.stringify(l)))
    for (const line of ok) {
      expect(isPlainValidLine(line)).toBe(true)
      expect(PartnerLineSchema.safeParse(line).success).toBe(true)
    }
  })
})
