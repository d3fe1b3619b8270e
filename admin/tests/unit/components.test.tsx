import { fireEvent, screen, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { Headline } from "../../src/components/Headline"
import { ProgressTable } from "../../src/components/ProgressTable"
import type { ProgressRow } from "@onecounty/contracts/officials"
import { renderWith } from "./render"

const row = (scope_code: string | null, actual_fen: number, target_fen: number | null, extra: Partial<ProgressRow> = {}): ProgressRow => ({
  scope_code,
  actual_fen,
  uncounted_fen: 0,
  gross_fen: actual_fen,
  reductions_fen: 0,
  net_fen: actual_fen,
  certified_fen: actual_fen,
  target_fen,
  completion: target_fen ? Math.round((actual_fen / target_fen) * 10000) / 10000 : null,
  previous_actual_fen: 0,
  yoy_change: null,
  certified_share: 1,
  ...extra,
})

describe("Headline", () => {
  const figures = row(null, 123_456_789, 10_000_000_000, { yoy_change: 0.125, previous_actual_fen: 100_000_000, certified_share: 0.8 })

  it("shows the year in 万/亿 in Chinese with the exact amount on hover, completion and pace", () => {
    renderWith(<Headline row={figures} year={2025} now={new Date("2025-12-30T04:00:00Z")} />)
    expect(screen.getByTestId("headline-actual").textContent).toBe("¥123.46万")
    expect(screen.getByTestId("headline-actual").getAttribute("title")).toBe("¥1,234,567.89")
    expect(screen.getByTestId("headline-target").textContent).toBe("¥1.00亿")
    expect(screen.getByTestId("headline-completion").textContent).toBe("1.23%")
    expect(screen.getByTestId("headline-certified").textContent).toBe("80.00%")
    expect(screen.getByTestId("headline-days").textContent).toBe("2")
    // (10,000,000,000 − 123,456,789) fen over 2 days
    expect(screen.getByTestId("headline-pace").textContent).toBe("¥4,938.27万")
    expect(screen.getByTestId("headline-yoy").textContent).toContain("+12.50%")
  })

  it("says so when there is no target, and speaks English", () => {
    renderWith(<Headline row={row(null, 500, null)} year={2025} />, "en")
    expect(screen.getByTestId("headline-target").textContent).toBe("No target")
    expect(screen.getByTestId("headline-completion").textContent).toBe("—")
    expect(screen.getByText("Sales counted toward target")).toBeTruthy()
  })
})

describe("ProgressTable", () => {
  const rows = [row("653125", 3702, 10000), row("653124", 90_000, null)]
  const names = () => screen.getAllByTestId("row").map((r) => within(r).getByText(/县$/).textContent)

  it("names counties, shows exact yuan and links each row to its orders", () => {
    renderWith(<ProgressTable rows={rows} level="county" filter={{ province: "65" }} />)
    expect(names()).toEqual(["莎车县", "泽普县"])
    const first = screen.getAllByTestId("row")[0]!
    expect(first.querySelector('[data-col="actual_fen"]')!.textContent).toBe("¥37.02")
    expect(first.querySelector('[data-col="target_fen"]')!.textContent).toBe("¥100.00")
    expect(first.querySelector('[data-col="completion"]')!.textContent).toBe("37.02%")
    expect(within(first).getByRole("link", { name: "查看订单" }).getAttribute("href")).toBe("/orders?province=65&county=653125")
  })

  it("sorts by a column when its header is clicked", () => {
    renderWith(<ProgressTable rows={rows} level="county" filter={{}} />)
    const header = screen.getByRole("button", { name: /计入目标销售额/ })
    fireEvent.click(header) // money sorts largest first
    expect(names()).toEqual(["泽普县", "莎车县"])
    fireEvent.click(header)
    expect(names()).toEqual(["莎车县", "泽普县"])
  })
})
