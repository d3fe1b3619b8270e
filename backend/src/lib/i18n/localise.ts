import type { MedusaContainer } from "@medusajs/framework/types"
import { applyTranslations } from "@medusajs/framework/utils"
import { ENGLISH } from "./locales"

type Row = Record<string, unknown>

// The origin models' translatable Chinese fields and the locale's twin each gets.
const TWINS: Record<string, string> = { name_zh: "name", specialty_zh: "specialty", story_zh: "story" }

const isRow = (v: unknown): v is Row => typeof v === "object" && v !== null && !Array.isArray(v)

/** Copies the translated text of `to` into `from`, walking both trees together. */
function merge(from: Row, to: Row, english: boolean) {
  for (const [key, value] of Object.entries(from)) {
    const translated = to[key]
    if (typeof value === "string" && typeof translated === "string") {
      // Chinese originals stay (the storefront shows both names); the twin is the requested locale's.
      if (TWINS[key]) {
        // Untranslated (a county an operator added in the admin): its stored English column.
        const column = from[`${key.slice(0, -3)}_en`]
        from[TWINS[key]] = translated === value && english && typeof column === "string" && column ? column : translated
      } else if (!key.endsWith("_zh")) {
        from[key] = translated
      }
    } else if (Array.isArray(value) && Array.isArray(translated)) {
      value.forEach((item, i) => isRow(item) && isRow(translated[i]) && merge(item, translated[i], english))
    } else if (isRow(value) && isRow(translated)) {
      merge(value, translated, english)
    }
  }
}

/**
 * Store routes over the origin records: name_zh, specialty_zh and story_zh (translatable, Chinese
 * as stored) get twins name, specialty and story in the request's locale (`?locale=` or
 * `x-medusa-locale`, which Medusa resolves into req.locale), and the other translatable fields
 * (a product's title, a supplier's name) are replaced in place.
 * Rows need their `id`s: that is how Medusa finds a record's translation. Without a translation the
 * twin is the stored text: the *_en column in English when the row has it, else the Chinese.
 */
export async function localise<T extends Row>(container: MedusaContainer, locale: string | undefined, rows: T[]): Promise<T[]> {
  const translated = structuredClone(rows)
  await applyTranslations({ localeCode: locale, objects: translated, container })
  rows.forEach((row, i) => merge(row, translated[i], locale === ENGLISH))
  return rows
}
