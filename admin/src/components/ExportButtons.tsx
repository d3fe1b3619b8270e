import { useState } from "react"
import { download, type Query } from "../lib/api"
import { useI18n } from "../lib/i18n"

/** The view's own report, downloaded from the same endpoint with the same query as the screen. */
export function ExportButtons({ path, query }: { path: string; query: Query }) {
  const { t } = useI18n()
  const [error, setError] = useState<string | null>(null)
  const save = (format: "csv" | "xlsx") => download(path, query, format).then(() => setError(null), (e: Error) => setError(e.message))
  return (
    <div className="flex items-center gap-2 text-sm">
      <button type="button" className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100" onClick={() => save("csv")} data-testid="export-csv">
        {t("exportCsv")}
      </button>
      <button type="button" className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100" onClick={() => save("xlsx")} data-testid="export-xlsx">
        {t("exportXlsx")}
      </button>
      {error && <span className="text-red-700">{error}</span>}
    </div>
  )
}
