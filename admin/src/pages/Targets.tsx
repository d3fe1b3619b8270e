import { useMutation, useQueryClient } from "@tanstack/react-query"
import { createColumnHelper } from "@tanstack/react-table"
import { useState } from "react"
import { DataTable } from "../components/DataTable"
import { Card, QueryState } from "../components/states"
import { postFile } from "../lib/api"
import { formatMoney } from "../lib/format"
import { useI18n } from "../lib/i18n"
import { useScopeName } from "../lib/names"
import { useTargets } from "../lib/queries"
import { useSession } from "../lib/session"
import type { ReportLevel } from "@onecounty/contracts/enums"
import type {
  RowError,
  Target,
  TargetsImportPreviewResponse,
  TargetsImportPreviewRow as PreviewRow,
  TargetsImportResponse,
} from "@onecounty/contracts/officials"


const col = createColumnHelper<Target>()
const errCol = createColumnHelper<RowError>()
const rowCol = createColumnHelper<PreviewRow>()

export function Targets() {
  const { t } = useI18n()
  const { official, year } = useSession()
  const scopeName = useScopeName()
  const targets = useTargets()
  const columns = [
    col.accessor("level", { header: t("level"), cell: (c) => t(`level_${c.getValue() as ReportLevel}`) }),
    col.accessor("scope_code", { header: t("scope"), cell: (c) => (c.getValue() ? scopeName(c.row.original.level as ReportLevel, c.getValue()) : "—") }),
    col.accessor("amount_fen", { header: t("amount"), cell: (c) => formatMoney(c.getValue()) }),
    col.accessor("note", { header: t("note"), cell: (c) => c.getValue() ?? "" }),
  ]
  return (
    <>
      <Card title={`${year} · ${t("navTargets")}`}>
        <QueryState query={targets}>{(d) => <DataTable data={d.targets} columns={columns} testId="targets-table" />}</QueryState>
      </Card>
      {official.can_edit_targets ? <TargetImport /> : <p className="text-sm text-slate-500">{t("noEditRight")}</p>}
    </>
  )
}

/** Preview every row first; the commit imports all of them or none. */
function TargetImport() {
  const { t } = useI18n()
  const client = useQueryClient()
  const [file, setFile] = useState<File | null>(null)
  const preview = useMutation({ mutationFn: (chosen: File) => postFile<TargetsImportPreviewResponse>("/officials/targets/import/preview", chosen) })
  const commit = useMutation({
    mutationFn: (chosen: File) => postFile<TargetsImportResponse>("/officials/targets/import", chosen),
    onSuccess: () => client.invalidateQueries(),
  })
  const errors = preview.data?.errors ?? []
  const ok = preview.data?.valid === true
  return (
    <Card title={t("importTargets")} testId="target-import">
      <div className="space-y-3 text-sm">
        <input
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t("chooseFile")}
          onChange={(e) => {
            const chosen = e.target.files?.[0]
            if (!chosen) return
            // the bytes go as they are: the backend tells GBK from UTF-8 and reads XLSX
            setFile(chosen)
            commit.reset()
            preview.mutate(chosen)
          }}
        />
        <p className="text-xs text-slate-500">{t("importFormats")}</p>
        {preview.isPending && <p>{t("loading")}</p>}
        {preview.error && <p className="text-red-700">{preview.error.message}</p>}
        {errors.length > 0 && (
          <>
            <p className="text-red-700" data-testid="preview-errors">{t("previewErrors", { count: errors.length })}</p>
            <DataTable
              data={errors}
              columns={[errCol.accessor("row", { header: t("row") }), errCol.accessor("column", { header: t("column") }), errCol.accessor("reason", { header: t("reason") })]}
            />
          </>
        )}
        {ok && preview.data && (
          <>
            <p className="text-emerald-700" data-testid="preview-ok">{t("previewOk", { count: preview.data.rows.length })}</p>
            <DataTable
              data={preview.data.rows}
              columns={[
                rowCol.accessor("row", { header: t("row") }),
                rowCol.accessor("year", { header: t("year") }),
                rowCol.accessor("level", { header: t("level") }),
                rowCol.accessor("scope_code", { header: t("scope") }),
                rowCol.accessor("amount_fen", { header: t("amount"), cell: (c) => formatMoney(c.getValue()) }),
                rowCol.accessor("current_amount_fen", { header: t("currentAmount"), cell: (c) => (c.getValue() === null ? "—" : formatMoney(c.getValue()!)) }),
                rowCol.accessor("action", { header: t("action"), cell: (c) => t(c.getValue() === "create" ? "actionCreate" : "actionReplace") }),
              ]}
            />
            <button type="button" className="rounded bg-emerald-700 px-3 py-1.5 text-white disabled:opacity-50" disabled={commit.isPending || commit.isSuccess} onClick={() => file && commit.mutate(file)}>
              {t("commit")}
            </button>
          </>
        )}
        {commit.isSuccess && <p className="text-emerald-700" data-testid="import-done">{t("imported", { count: commit.data.imported })}</p>}
        {commit.error && <p className="text-red-700">{commit.error.message}</p>}
      </div>
    </Card>
  )
}
