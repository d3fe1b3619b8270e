import { isValidEan13 } from "@/lib/util/ean13"

/** Digits older than this before the next one are a stray key press, not the start of a code. */
export const WEDGE_MAX_GAP_MS = 1_000

export type ScanOutcome = { kind: "ean"; code: string } | { kind: "bad-check-digit"; code: string }

/**
 * Reads keyboard-wedge scanners (digits, then Enter) and codes typed by hand on the page the same
 * way. Keys typed into a form field are left to the field; a digit after a long pause starts over.
 */
export function createWedgeReader(onScan: (outcome: ScanOutcome) => void, maxGapMs = WEDGE_MAX_GAP_MS) {
  let buffer = ""
  let last = 0
  return function onKey(key: string, at: number, inField: boolean): boolean {
    if (inField) {
      buffer = ""
      return false
    }
    if (/^\d$/.test(key)) {
      buffer = at - last > maxGapMs ? key : (buffer + key).slice(-14)
      last = at
      return true
    }
    if (key === "Enter" && buffer.length >= 8) {
      const code = buffer
      buffer = ""
      onScan(isValidEan13(code) ? { kind: "ean", code } : { kind: "bad-check-digit", code })
      return true
    }
    buffer = ""
    return false
  }
}
