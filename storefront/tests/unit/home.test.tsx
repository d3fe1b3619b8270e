import { screen } from "@testing-library/dom"
import { describe, expect, it } from "vitest"
import type { PublicStats } from "@/lib/data/stats"
import { PublicCounter } from "@/modules/home/PublicCounter"
import { renderIntl } from "../helpers"

// What GET /store/stats/consumption answers: 13 billion yuan, in fen.
const STATS: PublicStats = { year: 2026, amount_fen: 1_300_000_000_000, county_count: 68, currency_code: "cny" }

describe("PublicCounter", () => {
  it("shows this year's figure in yuan and the counties it came from", () => {
    renderIntl(<PublicCounter stats={STATS} countyCount={71} locale="zh" />)
    expect(screen.getByTestId("public-counter").textContent).toBe("今年上海市民已从 68 个对口县购买 ¥130亿")
  })

  it("says it in English", () => {
    renderIntl(<PublicCounter stats={{ ...STATS, amount_fen: 320_200 }} countyCount={71} locale="en" />, "en")
    expect(screen.getByTestId("public-counter").textContent).toBe("This year Shanghai shoppers bought from 68 paired counties ¥3.2K")
  })

  it("names the paired counties when there is no figure yet or it cannot be read", () => {
    renderIntl(<PublicCounter stats={null} countyCount={71} locale="zh" />)
    renderIntl(<PublicCounter stats={{ ...STATS, amount_fen: 0, county_count: 0 }} countyCount={71} locale="zh" />)
    expect(screen.getAllByTestId("public-counter").map((p) => p.textContent)).toEqual([
      "上海对口帮扶 71 个县的特产都在这里",
      "上海对口帮扶 71 个县的特产都在这里",
    ])
  })
})
