import type { StoredLine } from "../../../modules/partner/service"
import type { Attribution } from "../../ledger/types"
import { buildPartnerEntries } from "../build-partner-entries"

const attribution: Attribution = {
  products: new Map([
    [
      "prod_a",
      {
        county: {
          id: "cty",
          code: "653125",
          prefecture_code: "6531",
          province_code: "65",
          // paired from 1 March 2026 only
          pairings: [{ district_zh: "宝山区", valid_from: new Date("2026-03-01T00:00:00+08:00"), valid_to: null }],
        },
        certification: { issued_at: new Date("2020-01-01T00:00:00+08:00"), expires_at: new Date("2030-01-01T00:00:00+08:00") },
      },
    ],
  ]),
  channels: new Map(),
}

const line = (n: number, extra: Partial<StoredLine>): StoredLine => ({
  partner_id: "ptnr_1",
  reference: "R1",
  line: n,
  outlet_id: "pout_1",
  outlet_code: "O1",
  sold_at: new Date("2026-02-28T23:30:00+08:00"),
  barcode: "6901234567892",
  sku: null,
  quantity: 2,
  amount_fen: 1000,
  content_hash: "x",
  submission_id: "psub_1",
  ...extra,
})

describe("buildPartnerEntries", () => {
  it("books a sale on its Shanghai day, attributed as of that moment, and a refund with the sale's attribution", () => {
    const lines = [
      line(1, {}),
      line(2, { sold_at: new Date("2026-03-05T10:00:00+08:00"), quantity: -1, amount_fen: -500 }),
      line(3, { sold_at: new Date("2026-03-06T10:00:00+08:00"), quantity: 0, amount_fen: -100 }),
    ]
    const entries = buildPartnerEntries(lines, () => "prod_a", attribution)
    expect(entries.map((e) => [e.kind, e.entry_date, e.sale_date, e.paired, e.counts_toward_target, e.amount_fen, e.source_id])).toEqual([
      ["sale", "2026-02-28", "2026-02-28", false, false, 1000, "partner:ptnr_1:R1#1"],
      ["return", "2026-03-05", "2026-02-28", false, false, -500, "partner:ptnr_1:R1#2"],
      ["refund", "2026-03-06", "2026-02-28", false, false, -100, "partner:ptnr_1:R1#3"],
    ])
    expect(entries[0]).toMatchObject({ channel_kind: "partner", channel_id: "ptnr_1", counter_id: "pout_1", order_id: "partner:ptnr_1:R1", certified: true })
  })

  it("books nothing for a line without a product and refuses a refund of nothing sold", () => {
    expect(buildPartnerEntries([line(1, {})], () => null, attribution)).toEqual([])
    expect(() => buildPartnerEntries([line(1, { quantity: -1, amount_fen: -5 })], () => "prod_a", attribution)).toThrow(/no sale/)
  })
})
