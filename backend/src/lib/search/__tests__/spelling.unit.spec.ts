import { editDistance } from "../edit-distance"
import { toSearchTerms } from "../search-terms"
import { correctSpelling, spellableWords } from "../spelling"

describe("editDistance", () => {
  it.each([
    ["coffee", "coffee", 0],
    ["cofee", "coffee", 1],
    ["walnts", "walnuts", 1],
    ["kafie", "kafei", 1],
    ["hony", "honey", 1],
    ["hony", "hong", 1],
    ["cfofee", "coffee", 1],
    ["cofey", "coffee", 2],
    ["tea", "coffee", 5],
  ])("%s → %s is %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance)
  })
})

describe("spellableWords", () => {
  it("keeps the Latin words of four letters or more, once", () => {
    expect(spellableWords({ title_terms: "咖啡 kafei ka fei kf 454g coffee", origin_terms: "lancang coffee pu'er" })).toEqual([
      "kafei",
      "coffee",
      "lancang",
    ])
  })
})

describe("correctSpelling", () => {
  // The word index answers with its candidates, best trigram similarity first.
  const index = (candidates: Record<string, string[]>) => ({
    search: jest.fn(async (queries: { filters: { q: string } }[]) =>
      queries.map(({ filters }) => ({
        data: [],
        search_result: { hits: (candidates[filters.q] ?? []).map((id) => ({ id, document: { id } })), metadata: { skip: 0, take: 10, count: null } },
      }))
    ),
  })

  it("replaces a misspelled word by the closest word a product holds", async () => {
    const corrected = await correctSpelling(index({ cofee: ["coffee", "cafe"] }) as never, toSearchTerms("cofee"))
    expect(corrected).toEqual({ text: "coffee", terms: ["coffee"] })
  })

  it("prefers the fewest slips over the trigram order", async () => {
    const corrected = await correctSpelling(index({ hony: ["hong", "honey"], walnts: ["walnuts"] }) as never, toSearchTerms("hony walnts"))
    expect(corrected?.text).toBe("hong walnuts")
    const honey = await correctSpelling(index({ honye: ["hong", "honey"] }) as never, toSearchTerms("honye"))
    expect(honey?.text).toBe("honey")
  })

  it("leaves words the index holds, short words and Chinese alone", async () => {
    const query = index({ coffee: ["coffee"], teas: [] })
    expect(await correctSpelling(query as never, toSearchTerms("coffee teas"))).toBeNull()
    expect(await correctSpelling(query as never, toSearchTerms("普洱 tea"))).toBeNull()
    expect(query.search).toHaveBeenCalledTimes(1)
  })

  it("gives up on a word too far from every candidate", async () => {
    expect(await correctSpelling(index({ xyzzy: ["fuzzy"] }) as never, toSearchTerms("xyzzy"))).toBeNull()
  })
})
