import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { editDistance } from "./edit-distance"
import type { ProductSearchDocument } from "./product-search-document"
import type { SearchTerms } from "./search-terms"

/** The index of the Latin words (English and pinyin) the products are found by. */
export const SEARCH_TERM_INDEX = "search_term"

// Words shorter than this are not corrected: one slip turns "tea" into another word, "ten".
const MIN_WORD_LENGTH = 4
const SPELLABLE = new RegExp(`^\\p{Script=Latin}{${MIN_WORD_LENGTH},32}$`, "u")
// pg_trgm word similarity a candidate needs before its edit distance is looked at.
const MIN_SIMILARITY = 0.5
const CANDIDATES = 10

/** The words of a product's searchable text that a misspelled query word may be corrected to. */
export function spellableWords(document: Pick<ProductSearchDocument, "title_terms" | "origin_terms">): string[] {
  const words = `${document.title_terms} ${document.origin_terms}`.split(" ").filter((word) => SPELLABLE.test(word))
  return [...new Set(words)]
}

/** Slips allowed for a word of this length: one up to five letters, two beyond. */
const allowedSlips = (word: string) => ([...word].length <= 5 ? 1 : 2)

/**
 * The query with each Latin word that no product holds replaced by the closest word that one
 * does; null when there is nothing to correct. Candidates come from the word index by pg_trgm
 * similarity (the provider's typo tolerance, cheap on one-word documents) and are then ranked by
 * edit distance, which tells "honey" from "hong" for "hony" where trigrams cannot.
 */
export async function correctSpelling(query: Pick<RemoteQueryFunction, "search">, terms: SearchTerms): Promise<SearchTerms | null> {
  const words = [...new Set(terms.terms.filter((term) => SPELLABLE.test(term)))]
  if (!words.length) {
    return null
  }
  const results = await query.search(
    words.map((word) => ({
      entity: SEARCH_TERM_INDEX,
      fields: ["id"],
      filters: { q: word },
      pagination: { take: CANDIDATES },
      search_options: { typo_tolerance: true, min_score: MIN_SIMILARITY, count: "none" as const },
    }))
  )
  const corrections = new Map<string, string>()
  words.forEach((word, i) => {
    const candidates = results[i].search_result.hits.map((hit) => hit.id)
    if (candidates.includes(word)) {
      return
    }
    const best = candidates
      .map((candidate) => ({ candidate, slips: editDistance(word, candidate) }))
      .filter(({ slips }) => slips <= allowedSlips(word))
      .sort((a, b) => a.slips - b.slips)[0]
    if (best) {
      corrections.set(word, best.candidate)
    }
  })
  if (!corrections.size) {
    return null
  }
  const corrected = terms.terms.map((term) => corrections.get(term) ?? term)
  return { text: corrected.join(" "), terms: corrected }
}
