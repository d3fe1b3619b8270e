import { foldText, hanBigrams, hasHan } from "./han-text"

const LATIN_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu

export type SearchTerms = {
  /** The terms, space separated: what the engine is given as `q`. */
  text: string
  terms: string[]
}

/**
 * Translates what a shopper typed into terms the index holds (see chineseSearchText).
 * Chinese becomes the character pairs of each run ("普洱咖啡" → 普洱 洱咖 咖啡), or the
 * character itself when it stands alone ("茶"): pairs are indexed whatever the segmenter made
 * of the product text, where the segmenter's words for a short query may not be. Latin words
 * (English, pinyin) pass through folded; the engine's own stemming takes them from there.
 */
export function toSearchTerms(q: string): SearchTerms {
  const folded = foldText(q)
  const terms = folded
    .split(/(\p{Script=Han}+)/u)
    .flatMap((piece) => (hasHan(piece) ? hanTerms(piece) : piece.match(LATIN_WORD) ?? []))
  return { text: terms.join(" "), terms }
}

function hanTerms(run: string): string[] {
  return [...run].length === 1 ? [run] : hanBigrams(run)
}
