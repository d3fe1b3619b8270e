import type { LedgerEntry } from "../../ledger/entry"
import { COPY_COLUMNS, copyRow, copyText } from "../copy-text"

const entry: LedgerEntry = {
  kind: "refund",
  source_id: "partner:ptnr_1:R\t1\\x",
  line_item_id: "line\r\n2",
  order_id: "\\N",
  product_id: null,
  occurred_at: new Date("2024-03-01T02:00:00.123Z"),
  entry_date: "2024-03-01",
  year: 2024,
  month: 3,
  sale_date: "2024-02-28",
  county_id: null,
  county_code: "653125",
  prefecture_code: "6531",
  province_code: "65",
  partner_district: "宝山区",
  paired: true,
  channel_id: "ptnr_1",
  channel_kind: "partner",
  counter_id: null,
  certified: false,
  counts_toward_target: false,
  quantity: 0,
  amount_fen: -12345,
  currency_code: "cny",
}

describe("COPY text of ledger entries", () => {
  it("writes every column in COPY_COLUMNS order, escapes tab, newline, return and backslash, and null as \\N", () => {
    const fields = copyRow(entry).slice(0, -1).split("\t")
    expect(fields).toHaveLength(COPY_COLUMNS.length)
    expect(Object.fromEntries(COPY_COLUMNS.map((c, i) => [c, fields[i]]))).toEqual({
      kind: "refund",
      source_id: "partner:ptnr_1:R\\t1\\\\x",
      line_item_id: "line\\r\\n2",
      order_id: "\\\\N",
      product_id: "\\N",
      occurred_at: "2024-03-01T02:00:00.123Z",
      entry_date: "2024-03-01",
      year: "2024",
      month: "3",
      sale_date: "2024-02-28",
      county_id: "\\N",
      county_code: "653125",
      prefecture_code: "6531",
      province_code: "65",
      partner_district: "宝山区",
      paired: "true",
      channel_id: "ptnr_1",
      channel_kind: "partner",
      counter_id: "\\N",
      certified: "false",
      counts_toward_target: "false",
      quantity: "0",
      amount_fen: "-12345",
      currency_code: "cny",
    })
  })

  it("splits the rows into chunks of whole lines", () => {
    const entries = Array.from({ length: 5 }, (_, i) => ({ ...entry, line_item_id: `l${i}` }))
    const chunks = copyText(entries, 2).map((c) => c.toString("utf8"))
    expect(chunks.map((c) => c.split("\n").length - 1)).toEqual([2, 2, 1])
    expect(chunks.join("")).toBe(entries.map(copyRow).join(""))
  })
})
