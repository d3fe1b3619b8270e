import { buildLedgerEntries } from "../build-entries"
import type { Attribution, OrderFacts } from "../types"

const at = (iso: string) => new Date(iso)

const attribution: Attribution = {
  products: new Map([
    [
      "prod_certified",
      {
        county: {
          id: "cty_1",
          code: "653125",
          prefecture_code: "6531",
          province_code: "65",
          pairings: [
            { district_zh: "宝山区", valid_from: at("2017-01-01T00:00:00+08:00"), valid_to: at("2022-01-01T00:00:00+08:00") },
            { district_zh: "嘉定区", valid_from: at("2022-01-01T00:00:00+08:00"), valid_to: null },
          ],
        },
        certification: { issued_at: at("2020-01-01T00:00:00+08:00"), expires_at: at("2023-01-01T00:00:00+08:00") },
      },
    ],
    [
      "prod_uncertified",
      {
        county: { id: "cty_2", code: "530828", prefecture_code: "5308", province_code: "53", pairings: [] },
        certification: null,
      },
    ],
  ]),
  channels: new Map([["sc_counter", { kind: "counter" as const, counter_id: "ctr_1" }]]),
}

function order(overrides: Partial<OrderFacts> = {}): OrderFacts {
  return {
    id: "order_1",
    currency_code: "cny",
    created_at: at("2021-12-31T15:20:00Z"),
    paid_at: at("2021-12-31T15:30:00Z"), // 23:30 in Shanghai
    canceled_at: null,
    sales_channel_id: "sc_counter",
    items: [
      { id: "item_a", product_id: "prod_certified", quantity: 2, total_fen: 1000 },
      { id: "item_b", product_id: "prod_uncertified", quantity: 1, total_fen: 333 },
    ],
    returns: [],
    refunds: [],
    ...overrides,
  }
}

const net = (entries: { amount_fen: number }[]) => entries.reduce((sum, e) => sum + e.amount_fen, 0)

describe("buildLedgerEntries", () => {
  it("books one sale per line item on the Shanghai date, attributed as at the sale", () => {
    const entries = buildLedgerEntries(order(), attribution)
    expect(entries).toHaveLength(2)
    expect(entries[0]).toMatchObject({
      kind: "sale",
      source_id: "order_1",
      line_item_id: "item_a",
      entry_date: "2021-12-31",
      year: 2021,
      month: 12,
      county_code: "653125",
      prefecture_code: "6531",
      province_code: "65",
      partner_district: "宝山区",
      paired: true,
      channel_kind: "counter",
      counter_id: "ctr_1",
      certified: true,
      counts_toward_target: true,
      quantity: 2,
      amount_fen: 1000,
    })
    expect(entries[1]).toMatchObject({ certified: false, paired: false, counts_toward_target: false, amount_fen: 333 })
  })

  it("dates a sale half an hour later into the next year and the next pairing", () => {
    const [entry] = buildLedgerEntries(order({ paid_at: at("2021-12-31T16:30:00Z") }), attribution)
    expect(entry).toMatchObject({ entry_date: "2022-01-01", year: 2022, month: 1, partner_district: "嘉定区" })
  })

  it("does not count a sale made after the certificate expired", () => {
    const [entry] = buildLedgerEntries(order({ paid_at: at("2023-03-01T04:00:00Z") }), attribution)
    expect(entry).toMatchObject({ certified: false, paired: true, counts_toward_target: false })
  })

  it("treats a channel without a counter as online and a product without origin as unattributed", () => {
    const entries = buildLedgerEntries(
      order({ sales_channel_id: "sc_web", items: [{ id: "i", product_id: "prod_unknown", quantity: 1, total_fen: 5 }] }),
      attribution
    )
    expect(entries[0]).toMatchObject({ channel_kind: "online", counter_id: null, county_code: null, counts_toward_target: false })
  })

  it("reverses the whole order on cancellation, dated when it happened", () => {
    const entries = buildLedgerEntries(order({ canceled_at: at("2022-01-02T02:00:00Z") }), attribution)
    const cancellations = entries.filter((e) => e.kind === "cancellation")
    expect(cancellations.map((e) => [e.line_item_id, e.amount_fen, e.quantity, e.entry_date, e.year])).toEqual([
      ["item_a", -1000, -2, "2022-01-02", 2022],
      ["item_b", -333, -1, "2022-01-02", 2022],
    ])
    expect(cancellations[0]).toMatchObject({ partner_district: "宝山区", sale_date: "2021-12-31" })
    expect(net(entries)).toBe(0)
  })

  it("books a partial refund across the items in proportion, to the fen", () => {
    const entries = buildLedgerEntries(
      order({ refunds: [{ id: "ref_1", created_at: at("2022-02-01T00:00:00Z"), amount_fen: 100 }] }),
      attribution
    )
    const refunds = entries.filter((e) => e.kind === "refund")
    expect(refunds.map((e) => [e.source_id, e.amount_fen, e.quantity])).toEqual([
      ["ref_1", -75, 0],
      ["ref_1", -25, 0],
    ])
    expect(net(entries)).toBe(1233)
  })

  it("does not reduce twice for a return followed by its refund", () => {
    const entries = buildLedgerEntries(
      order({
        returns: [{ id: "ret_1", received_at: at("2022-01-05T00:00:00Z"), items: [{ item_id: "item_a", received_quantity: 1 }] }],
        refunds: [{ id: "ref_1", created_at: at("2022-01-06T00:00:00Z"), amount_fen: 500 }],
      }),
      attribution
    )
    expect(entries.filter((e) => e.kind === "return").map((e) => [e.line_item_id, e.amount_fen, e.quantity])).toEqual([
      ["item_a", -500, -1],
    ])
    expect(entries.filter((e) => e.kind === "refund")).toEqual([])
    expect(net(entries)).toBe(833)
  })

  it("books only the uncovered part when a cancellation follows the refund of captured payment", () => {
    const entries = buildLedgerEntries(
      order({
        refunds: [{ id: "ref_1", created_at: at("2022-01-06T00:00:00Z"), amount_fen: 1333 }],
        canceled_at: at("2022-01-06T00:00:01Z"),
      }),
      attribution
    )
    expect(net(entries)).toBe(0)
    const cancellations = entries.filter((e) => e.kind === "cancellation")
    expect(cancellations.map((e) => [e.amount_fen, e.quantity])).toEqual([
      [0, -2],
      [0, -1],
    ])
  })

  it("books nothing for an order awaiting payment, nor for cancelling it", () => {
    expect(buildLedgerEntries(order({ paid_at: null }), attribution)).toEqual([])
    expect(buildLedgerEntries(order({ paid_at: null, canceled_at: at("2022-01-02T02:00:00Z") }), attribution)).toEqual([])
  })

  it("books the sale on the Shanghai day its money was received, not the day it was placed", () => {
    const entries = buildLedgerEntries(
      order({ created_at: at("2021-12-30T10:00:00Z"), paid_at: at("2022-01-03T01:00:00Z") }),
      attribution
    )
    expect(entries.map((e) => [e.kind, e.entry_date, e.sale_date, e.partner_district])).toEqual([
      ["sale", "2022-01-03", "2022-01-03", "嘉定区"],
      ["sale", "2022-01-03", "2022-01-03", null],
    ])
  })

  it("refuses an order in another currency rather than summing its amounts as yuan", () => {
    expect(() => buildLedgerEntries(order({ currency_code: "usd" }), attribution)).toThrow(/^currency_code: usd is not CNY/)
  })

  it("is a pure function of the order: replays give identical entries", () => {
    const facts = order({ refunds: [{ id: "ref_1", created_at: at("2022-02-01T00:00:00Z"), amount_fen: 7 }] })
    expect(buildLedgerEntries(facts, attribution)).toEqual(buildLedgerEntries(facts, attribution))
  })
})
