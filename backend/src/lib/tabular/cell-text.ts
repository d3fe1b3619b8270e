import type { CellValue } from "exceljs"

const pad = (n: number) => String(n).padStart(2, "0")

/**
 * A number as Excel shows it in a General cell: 15 significant digits (so 0.1 + 0.2 is "0.3"),
 * never in exponent form (so a barcode stays its digits), no grouping.
 */
export function numberText(n: number): string {
  return n.toLocaleString("en-US", { useGrouping: false, maximumSignificantDigits: 15 })
}

/**
 * A date cell as written: exceljs gives the cell's wall-clock time as a UTC instant, so the UTC
 * fields are what the sheet shows; midnight is a date only.
 */
export function dateText(d: Date): string {
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
  if (!d.getUTCHours() && !d.getUTCMinutes() && !d.getUTCSeconds()) {
    return day
  }
  return `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
}

/** Any exceljs cell value as the text a CSV of the same sheet would hold. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) {
    return ""
  }
  if (typeof value === "string") {
    return value
  }
  if (typeof value === "number") {
    return numberText(value)
  }
  if (typeof value === "boolean") {
    return value ? "TRUE" : "FALSE"
  }
  if (value instanceof Date) {
    return dateText(value)
  }
  if ("richText" in value) {
    return value.richText.map((part) => part.text).join("")
  }
  if ("formula" in value || "sharedFormula" in value) {
    return cellText((value as { result?: CellValue }).result ?? null)
  }
  if ("hyperlink" in value) {
    return typeof value.text === "string" ? value.text : cellText(value.text as CellValue)
  }
  if ("error" in value) {
    return value.error
  }
  return ""
}
