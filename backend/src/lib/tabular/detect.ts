import { TabularError } from "./types"

const CSV_EXTENSIONS = ["csv", "txt"]
const XLSX_EXTENSION = "xlsx"
const CSV_TYPES = ["text/csv", "text/plain", "application/csv", "application/vnd.ms-excel"]
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
// what browsers and curl send when they do not know better; the bytes decide then
const GENERIC_TYPES = ["application/octet-stream", "multipart/form-data", ""]

const startsWith = (buffer: Buffer, bytes: number[]) => bytes.every((b, i) => buffer[i] === b)
const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const UTF16_LE = [0xff, 0xfe]
const UTF16_BE = [0xfe, 0xff]

const SAVE_AS = "save it as CSV (UTF-8 or GBK) or as an Excel workbook (.xlsx)"

/**
 * Which reader a file needs, by its bytes first (a workbook renamed .csv is still a workbook), then
 * its name and Content-Type; anything else is refused saying what to save it as.
 */
export function detectFormat(buffer: Buffer, filename: string, contentType = ""): "csv" | "xlsx" {
  const extension = /\.([^./\\]+)$/.exec(filename.trim())?.[1]?.toLowerCase() ?? ""
  const type = contentType.split(";")[0]!.trim().toLowerCase()
  if (startsWith(buffer, OLE)) {
    throw new TabularError("unsupported_format", `${filename || "the file"} is an old Excel 97–2003 workbook (.xls): ${SAVE_AS}`)
  }
  if (startsWith(buffer, ZIP)) {
    if (extension && extension !== XLSX_EXTENSION && !CSV_EXTENSIONS.includes(extension)) {
      throw new TabularError("unsupported_format", `.${extension} files are not read here: ${SAVE_AS}`)
    }
    return "xlsx"
  }
  if (extension === XLSX_EXTENSION || type === XLSX_TYPE) {
    throw new TabularError("unreadable", `${filename || "the file"} is not a valid .xlsx workbook: ${SAVE_AS}`)
  }
  if (extension && !CSV_EXTENSIONS.includes(extension)) {
    throw new TabularError("unsupported_format", `.${extension} files are not read here: ${SAVE_AS}`)
  }
  if (!extension && type && !CSV_TYPES.includes(type) && !GENERIC_TYPES.includes(type)) {
    throw new TabularError("unsupported_format", `${type} is not read here: ${SAVE_AS}`)
  }
  if (startsWith(buffer, UTF16_LE) || startsWith(buffer, UTF16_BE)) {
    throw new TabularError("unsupported_format", `the file is UTF-16 text (Excel's "Unicode Text"): ${SAVE_AS}`)
  }
  if (buffer.includes(0)) {
    throw new TabularError("unsupported_format", `${filename || "the file"} is binary, not CSV: ${SAVE_AS}`)
  }
  return "csv"
}
