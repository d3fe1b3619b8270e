import { reservedMetadataPath } from "../reporting/reserved-metadata"

describe("reservedMetadataPath", () => {
  it("finds a reserved key in any metadata of a body, and only there", () => {
    expect(reservedMetadataPath({ metadata: { kiosk: {} } })).toBe("metadata.kiosk")
    expect(reservedMetadataPath({ items: [{ metadata: { note: 1 } }, { metadata: { demo_seq: 2 } }] })).toBe("items.1.metadata.demo_seq")
    expect(reservedMetadataPath({ billing_address: { metadata: { demo_sales: "2025" } } })).toBe("billing_address.metadata.demo_sales")
    expect(reservedMetadataPath({ kiosk: { sold_at: "x" }, metadata: { note: "kiosk" } })).toBeNull()
    expect(reservedMetadataPath({ metadata: null })).toBeNull()
    expect(reservedMetadataPath("text")).toBeNull()
  })
})
