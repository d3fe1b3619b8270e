/// <reference lib="es2022.intl" />
import { pinyin } from "pinyin-pro"
import { foldText, hanBigrams, hanRuns } from "./han-text"

const words = new Intl.Segmenter("zh", { granularity: "word" })

/**
 * The ways a shopper types a Han word in pinyin: 咖啡 → "kafei", "ka", "fei", "kf".
 * Toneless, with ü typed "v" as pinyin keyboards do, and "u" as people do without one.
 */
export function pinyinForms(han: string): string[] {
  const syllables = pinyin(han, { toneType: "none", type: "array", v: true })
  // A lone initial ("k") would match far too much to be worth indexing.
  const forms =
    syllables.length < 2
      ? syllables
      : [syllables.join(""), ...syllables, syllables.map((syllable) => syllable[0]).join("")]
  return forms.flatMap((form) => (form.includes("v") ? [form, form.replace(/v/g, "u")] : [form]))
}

/**
 * The searchable form of a text for PostgreSQL full-text search, which splits words on
 * spaces and punctuation and so reads "澜沧普洱咖啡" as one word that no query matches.
 *
 * Latin words are kept as they are. Chinese is segmented into words (Intl.Segmenter), and
 * every Han character and adjacent character pair is added as well: the segmenter's
 * dictionary splits a phrase differently depending on what surrounds it, and the query side
 * (see toSearchTerms) asks for pairs, which are always here whatever the segmenter decided.
 * Each word and pair is followed by its pinyin forms, so "kafei", "ka fei" and "kf" find 咖啡.
 */
export function chineseSearchText(text: string): string {
  const folded = foldText(text)
  const terms = new Set<string>()
  const add = (term: string) => {
    terms.add(term)
    hanRuns(term).forEach((run) => pinyinForms(run).forEach((form) => terms.add(form)))
  }
  for (const { segment, isWordLike } of words.segment(folded)) {
    if (isWordLike) {
      add(segment)
    }
  }
  for (const run of hanRuns(folded)) {
    ;[...run].forEach((char) => terms.add(char))
    hanBigrams(run).forEach(add)
  }
  return [...terms].join(" ")
}
