import { fireEvent, screen } from "@testing-library/react"
import { afterEach, describe, expect, it } from "vitest"
import { Layout } from "../../src/components/Layout"
import { RequireOfficial } from "../../src/lib/session"
import { shanghaiToday } from "../../src/lib/shanghai"
import type { Official, YearWithData } from "@onecounty/contracts/officials"
import { openingYear, yearChoices } from "../../src/lib/years"
import { renderWith } from "./render"

const sales = (year: number): YearWithData => ({ year, has_sales: true, has_targets: false })
const target = (year: number): YearWithData => ({ year, has_sales: false, has_targets: true })

describe("the year the console opens on", () => {
  it("is this year once it has sales or a target", () => {
    expect(openingYear([sales(2026), sales(2025)], 2026)).toBe(2026)
    expect(openingYear([target(2026), sales(2025)], 2026)).toBe(2026)
  })

  it("is otherwise the latest past year with data, then the nearest future one, then this year", () => {
    expect(openingYear([target(2027), sales(2025), sales(2023)], 2026)).toBe(2025)
    expect(openingYear([target(2028), target(2027)], 2026)).toBe(2027)
    expect(openingYear([], 2026)).toBe(2026)
  })

  it("is offered among the years with data, this year and the one on show, newest first", () => {
    expect(yearChoices([sales(2025), target(2021)], 2026, 2019)).toEqual([2026, 2025, 2021, 2019])
    expect(yearChoices([sales(2026)], 2026, 2026)).toEqual([2026])
  })
})

describe("the year selector", () => {
  const official: Official = { id: "off_1", email: "city@gov.test", name: "City reader", district_zh: null }
  const thisYear = shanghaiToday()[0]
  const years = [sales(thisYear - 1), target(thisYear - 3)]
  const show = () =>
    renderWith(
      <RequireOfficial>
        <Layout />
      </RequireOfficial>,
      "zh",
      [["me", { official }], ["years", { years }]]
    )
  const select = () => screen.getByTestId("year") as HTMLSelectElement
  const options = () => [...select().options].map((o) => Number(o.value))

  afterEach(() => sessionStorage.clear())

  it("opens on last year when only last year has sales, and lists the years with data", () => {
    show()
    expect(Number(select().value)).toBe(thisYear - 1)
    expect(options()).toEqual([thisYear, thisYear - 1, thisYear - 3])
  })

  it("keeps the year the official chose for the tab", () => {
    const first = show()
    expect(sessionStorage.getItem("console.year")).toBeNull()
    fireEvent.change(select(), { target: { value: String(thisYear) } })
    expect(Number(select().value)).toBe(thisYear)
    first.unmount()
    // a reload in the same tab: the choice wins over the year with data
    show()
    expect(Number(select().value)).toBe(thisYear)
  })
})
