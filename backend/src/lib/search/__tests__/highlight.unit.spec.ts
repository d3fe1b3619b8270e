import { highlight } from "../highlight"

describe("highlight", () => {
  it("marks Chinese terms wherever they occur, joining adjacent ones", () => {
    expect(highlight("澜沧普洱咖啡 454g", ["普洱", "洱咖", "咖啡"])).toBe("澜沧<mark>普洱咖啡</mark> 454g")
  })

  it("marks Latin terms at the start of a word, ignoring case", () => {
    expect(highlight("Lancang Pu'er coffee", ["cof"])).toBe("Lancang Pu&#39;er <mark>cof</mark>fee")
    expect(highlight("decaf coffee", ["caf"])).toBeNull()
  })

  it("escapes the text around and inside the marks", () => {
    expect(highlight("<b>咖啡</b>", ["咖啡"])).toBe("&lt;b&gt;<mark>咖啡</mark>&lt;/b&gt;")
  })

  it("gives null when nothing matches or there is no text", () => {
    expect(highlight("普洱茶", ["咖啡"])).toBeNull()
    expect(highlight(null, ["咖啡"])).toBeNull()
    expect(highlight("普洱茶", [])).toBeNull()
  })
})
