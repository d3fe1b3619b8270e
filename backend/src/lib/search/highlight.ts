import { hasHan } from "./han-text"

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char])
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/**
 * The text, HTML-escaped, with the query's terms wrapped in <mark>; null when no term occurs.
 * Chinese terms are marked wherever they occur, Latin terms at the start of a word ("cof"
 * marks "Coffee"). The PostgreSQL search provider cannot highlight, so hits are marked here
 * from the terms the query was translated into; a pinyin term does not mark its characters.
 */
export function highlight(text: string | null | undefined, terms: string[]): string | null {
  if (!text || !terms.length) {
    return null
  }
  const alternatives = [...terms]
    .sort((a, b) => b.length - a.length)
    .map((term) => (hasHan(term) ? escapeRegExp(term) : `(?<![\\p{L}\\p{N}])${escapeRegExp(term)}`))
  const ranges: [number, number][] = []
  for (const match of text.matchAll(new RegExp(alternatives.join("|"), "giu"))) {
    const start = match.index ?? 0
    const end = start + match[0].length
    const previous = ranges[ranges.length - 1]
    if (previous && previous[1] >= start) {
      previous[1] = Math.max(previous[1], end)
    } else {
      ranges.push([start, end])
    }
  }
  if (!ranges.length) {
    return null
  }
  let marked = ""
  let cursor = 0
  for (const [start, end] of ranges) {
    marked += `${escapeHtml(text.slice(cursor, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`
    cursor = end
  }
  return marked + escapeHtml(text.slice(cursor))
}
