/** One data row; `rowNumber` is the row as a spreadsheet shows it (the header is usually row 1). */
export type TableRow = { rowNumber: number; cells: string[] }

export type Table = {
  format: "csv" | "xlsx"
  /** how a CSV's bytes were read; null for XLSX */
  encoding: "utf-8" | "gbk" | null
  header: string[]
  headerRowNumber: number
  /** rows after the header, blank rows left out; each padded to at least the header's width */
  rows: TableRow[]
}

export type ReadTableOptions = {
  /** the caller's limit on the upload; 5 MB unless said */
  maxBytes?: number
  /** the most data rows a file may hold; 100,000 unless said */
  maxRows?: number
  /** the upload's Content-Type, when the caller has one */
  contentType?: string
}

export type TabularErrorCode = "too_large" | "too_many_rows" | "unsupported_format" | "unreadable" | "empty"

/** Why a file cannot be read as a table; `message` is written for the person who uploaded it. */
export class TabularError extends Error {
  constructor(
    readonly code: TabularErrorCode,
    message: string
  ) {
    super(message)
    this.name = "TabularError"
  }
}

export const isTabularError = (e: unknown): e is TabularError => e instanceof TabularError
