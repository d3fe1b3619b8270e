import { chineseSearchText, pinyinForms } from "../chinese-search-text"
import { hanRuns } from "../han-text"
import { toSearchTerms } from "../search-terms"

const termsOf = (text: string) => new Set(chineseSearchText(text).split(" "))

describe("pinyinForms", () => {
  it("gives the full pinyin, the syllables and the initials of a word, without tones", () => {
    expect(pinyinForms("咖啡")).toEqual(["kafei", "ka", "fei", "kf"])
    expect(pinyinForms("核桃仁")).toEqual(["hetaoren", "he", "tao", "ren", "htr"])
  })

  it("gives a lone character its syllable only", () => {
    expect(pinyinForms("茶")).toEqual(["cha"])
  })

  it("reads polyphones in context and types ü as v and as u", () => {
    expect(pinyinForms("银行")).toContain("yinhang")
    expect(pinyinForms("绿茶")).toEqual(expect.arrayContaining(["lvcha", "lucha", "lv", "lu", "lc"]))
  })
})

describe("chineseSearchText", () => {
  it("splits Chinese into words with their pinyin and keeps Latin words", () => {
    const terms = termsOf("澜沧普洱咖啡 454g Lancang Pu'er coffee")
    expect([...terms]).toEqual(
      expect.arrayContaining(["咖啡", "kafei", "ka", "fei", "kf", "lancang", "pu'er", "coffee", "454g"])
    )
  })

  it("adds every character and character pair, with the pairs' pinyin", () => {
    const terms = termsOf("澜沧普洱咖啡")
    expect([...terms]).toEqual(expect.arrayContaining(["澜", "洱", "澜沧", "普洱", "洱咖", "puer", "lancang", "pe"]))
  })

  it("folds full-width letters and case", () => {
    expect(chineseSearchText("ＫａＦｅｉ COFFEE")).toBe("kafei coffee")
  })

  it("holds every term of any Chinese query that occurs in the text", () => {
    const titles = ["澜沧普洱咖啡 454g", "勐海普洱茶 357g 七子饼", "叶城薄皮核桃 1kg", "云南小粒咖啡豆 500g", "临安山核桃仁"]
    for (const title of titles) {
      const terms = termsOf(title)
      for (const run of hanRuns(title)) {
        const chars = [...run]
        for (let start = 0; start < chars.length; start++) {
          for (let end = start + 1; end <= chars.length; end++) {
            const query = chars.slice(start, end).join("")
            expect({ query, missing: toSearchTerms(query).terms.filter((t) => !terms.has(t)) }).toEqual({ query, missing: [] })
          }
        }
      }
    }
  })
})
