import type { ReactNode } from "react"
import { useI18n } from "../lib/i18n"

export function Loading() {
  const { t } = useI18n()
  return (
    <div role="status" className="p-6 text-sm text-slate-500" data-testid="loading">
      {t("loading")}
    </div>
  )
}

export function ErrorState({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useI18n()
  return (
    <div role="alert" className="rounded border border-red-200 bg-red-50 p-4 text-sm text-red-800" data-testid="error">
      {t("loadFailed")}: {error instanceof Error ? error.message : String(error)}
      {retry && (
        <button className="ml-3 underline" onClick={retry}>
          {t("retry")}
        </button>
      )}
    </div>
  )
}

export function Empty() {
  const { t } = useI18n()
  return <div className="p-6 text-center text-sm text-slate-500" data-testid="empty">{t("empty")}</div>
}

/** Loading, error or empty for a query, else its content. */
export function QueryState<T>(props: {
  query: { data?: T; error: unknown; isPending: boolean; refetch: () => unknown }
  isEmpty?: (data: T) => boolean
  children: (data: T) => ReactNode
}) {
  const { query, isEmpty, children } = props
  if (query.isPending) return <Loading />
  if (query.error || query.data === undefined) return <ErrorState error={query.error} retry={() => query.refetch()} />
  if (isEmpty?.(query.data)) return <Empty />
  return <>{children(query.data)}</>
}

export function Card({ title, actions, children, testId }: { title: string; actions?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={testId}>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold">{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  )
}
