import { screen, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import type { RankingRow } from "@onecounty/contracts/officials"
import { Completeness } from "../../src/partners/Completeness"
import { PartnerRanking } from "../../src/partners/PartnerRanking"
import { PartnerShareSentence } from "../../src/partners/PartnerShareLine"
import type { CompletenessResponse, PartnerCompleteness } from "../../src/partners/types"
import { renderWith } from "./render"

const partner = (id: string, name_zh: string, name_en: string, extra: Partial<PartnerCompleteness>): PartnerCompleteness => ({
  id,
  name_zh,
  name_en,
  kind: "supermarket_chain",
  district_zh: null,
  last_sale_date: "2025-12-01",
  last_received_at: "2025-12-02T01:00:00Z",
  months_reported: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  months_missing: [],
  lines_waiting: 0,
  net_fen: 0,
  actual_fen: 0,
  late: false,
  ...extra,
})

const DATA: CompletenessResponse = {
  year: 2025,
  as_of: "2025-12-03",
  total_net_fen: 1_000_000_000_00,
  total_actual_fen: 1_000_000_000_00,
  partner_net_fen: 250_000_000_00,
  partner_actual_fen: 250_000_000_00,
  partner_share: 0.25,
  late_after_days: 7,
  late: ["p_union"],
  partners: [
    partner("p_lh", "联华超市", "Lianhua", { net_fen: 200_000_000_00, lines_waiting: 3 }),
    partner("p_union", "市总工会", "City union", { kind: "union", last_sale_date: "2025-09-30", months_missing: [10, 11, 12], late: true, net_fen: 50_000_000_00 }),
    partner("p_new", "新合作方", "Newcomer", { kind: "other", last_sale_date: null, months_reported: [], months_missing: [1, 2], late: true, lines_waiting: null }),
  ],
}

describe("Completeness", () => {
  it("lists late partners first, in red, with the months missing and lines waiting", () => {
    renderWith(<Completeness data={DATA} />)
    const rows = screen.getAllByTestId("row")
    expect(rows.map((r) => r.querySelector('[data-col="name"]')!.textContent)).toEqual(["市总工会逾期", "新合作方逾期", "联华超市"])
    expect(rows[0]!.querySelector('[data-col="months_missing"]')!.textContent).toBe("10月 11月 12月")
    expect(rows[1]!.querySelector('[data-col="last_sale_date"]')!.textContent).toBe("今年尚未报送")
    // a district official gets no waiting count
    expect(rows[1]!.querySelector('[data-col="lines_waiting"]')!.textContent).toBe("—")
    expect(rows[2]!.querySelector('[data-col="lines_waiting"]')!.textContent).toBe("3")
    expect(rows[2]!.querySelector('[data-col="net_fen"]')!.textContent).toBe("¥200,000,000.00")
    expect(within(rows[0]!).getByTestId("late-badge")).toBeTruthy()
    expect(screen.getByText(/超过 7 天未报送/)).toBeTruthy()
  })
})

describe("PartnerShareSentence", () => {
  it("says how much of the year came from partner reports and who is late", () => {
    renderWith(<PartnerShareSentence data={DATA} />)
    expect(screen.getByTestId("partner-share").textContent).toContain("2025 年净销售额中 25.00%（¥2.50亿）来自 3 家合作方报送。")
    expect(screen.getByTestId("partner-late").textContent).toBe("逾期未报送：市总工会、新合作方。")
  })

  it("speaks English and says when nobody is late", () => {
    renderWith(<PartnerShareSentence data={{ ...DATA, late: [], partners: DATA.partners.map((x) => ({ ...x, late: false })) }} />, "en")
    expect(screen.getByTestId("partner-share").textContent).toContain("25.00% of 2025's net sales")
    expect(screen.getByTestId("partner-late").textContent).toBe("Every partner has reported on time.")
  })
})

describe("PartnerRanking", () => {
  it("names partners by id and links each to its lines", () => {
    const rows: RankingRow[] = [
      { scope_code: "p_lh", rank: 1, actual_fen: 500, uncounted_fen: 0, gross_fen: 500, reductions_fen: 0, net_fen: 500, certified_fen: 500, target_fen: null, completion: null, previous_actual_fen: 0, yoy_change: null, certified_share: 1 },
    ]
    renderWith(<PartnerRanking rows={rows} partners={DATA.partners} />)
    const row = screen.getByTestId("row")
    expect(row.querySelector('[data-col="name"]')!.textContent).toBe("联华超市")
    expect(within(row).getByRole("link").getAttribute("href")).toBe("/orders?channel_kind=partner&partner_id=p_lh")
  })
})
