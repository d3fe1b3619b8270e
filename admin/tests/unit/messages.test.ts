import { describe, expect, it } from "vitest"
import { en, zh, type MessageKey } from "../../src/lib/messages"

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe("messages", () => {
  it("give English every Chinese key with the same placeholders", () => {
    const keys = Object.keys(zh) as MessageKey[]
    expect(Object.keys(en).sort()).toEqual([...keys].sort())
    for (const key of keys) {
      expect({ key, vars: placeholders(en[key]) }).toEqual({ key, vars: placeholders(zh[key]) })
      expect(en[key].trim()).not.toBe("")
    }
  })
})
