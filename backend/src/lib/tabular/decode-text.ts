import iconv from "iconv-lite"
import { TabularError } from "./types"

const BOM = [0xef, 0xbb, 0xbf]

/**
 * A CSV's text. Excel on a Chinese Windows saves "CSV" in GBK and "CSV UTF-8" with a BOM; a file
 * that is valid UTF-8 is read as UTF-8, anything else as GB18030 (a superset of GBK and GB2312).
 * Bytes that are neither are refused rather than turned into replacement characters.
 */
export function decodeText(buffer: Buffer): { text: string; encoding: "utf-8" | "gbk" } {
  const body = BOM.every((b, i) => buffer[i] === b) ? buffer.subarray(BOM.length) : buffer
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body), encoding: "utf-8" }
  } catch {
    const text = iconv.decode(body, "gb18030", { stripBOM: false })
    if (text.includes("\uFFFD")) {
      throw new TabularError("unreadable", "the file is neither UTF-8 nor GBK text: save it again as CSV (UTF-8) from Excel or WPS")
    }
    return { text, encoding: "gbk" }
  }
}
