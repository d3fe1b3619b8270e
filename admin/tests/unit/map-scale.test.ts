import { describe, expect, it } from "vitest"
import { completionColour, NO_TARGET, pointSize } from "../../src/maps/scale"

describe("map scale", () => {
  it("colours completion in the treemap's bands, grey without a target", () => {
    expect(completionColour(null)).toBe(NO_TARGET)
    expect(completionColour(undefined)).toBe(NO_TARGET)
    expect(completionColour(1.2)).toBe("#047857")
    expect(completionColour(0.8)).toBe("#10b981")
    expect(completionColour(0.5)).toBe("#facc15")
    expect(completionColour(0.1)).toBe("#f97316")
  })

  it("sizes a point by the square root of its sales, the largest at 30 px, nothing sold at 5", () => {
    expect(pointSize(0, 1000)).toBe(5)
    expect(pointSize(1000, 1000)).toBe(30)
    expect(pointSize(250, 1000)).toBe(18)
    expect(pointSize(10, 0)).toBe(5)
  })
})
