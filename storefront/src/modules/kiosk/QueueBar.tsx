"use client"

import { useFormatter, useTranslations } from "next-intl"
import { localReference } from "@/lib/kiosk/receipt"
import { formatFen } from "@/lib/util/money"
import { useKiosk } from "./context"

/** The offline queue in plain sight: network, pending count, last error, next try, refused sales. */
export function QueueBar() {
  const t = useTranslations("kiosk.queue")
  const format = useFormatter()
  const { online, queue, syncing, syncNow, resubmit, locale } = useKiosk()
  return (
    <div className="border-b border-stone-200 bg-white px-4 py-2 text-sm print:hidden" data-testid="queue-bar">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <span className={`inline-flex items-center gap-1 font-semibold ${online ? "text-jade-700" : "text-brand-700"}`} data-testid="network-state">
          <span aria-hidden className={`h-2.5 w-2.5 rounded-full ${online ? "bg-jade-600" : "bg-brand-600"}`} />
          {online ? t("online") : t("offline")}
        </span>
        <span data-testid="queue-pending" data-count={queue.pending}>
          {syncing ? t("syncing") : queue.pending ? t("pending", { count: queue.pending }) : t("synced")}
        </span>
        {queue.pending > 0 && queue.next_retry_at !== null && !syncing && (
          <span className="text-muted" data-testid="queue-next-retry">
            {t("nextRetry", { time: format.dateTime(new Date(queue.next_retry_at), { hour: "2-digit", minute: "2-digit", second: "2-digit" }) })}
          </span>
        )}
        {queue.last_error && (
          <span className="max-w-md truncate text-brand-800" data-testid="queue-last-error" title={queue.last_error}>
            {t("lastError", { error: queue.last_error })}
          </span>
        )}
        {queue.needs_login && <span className="text-brand-800">{t("needsLogin")}</span>}
        {queue.waiting_for_seller > 0 && (
          <span className="text-brand-800" data-testid="queue-waiting-seller" data-count={queue.waiting_for_seller}>
            {t("waitingSeller", { count: queue.waiting_for_seller })}
          </span>
        )}
        <button type="button" onClick={syncNow} className="ml-auto min-h-11 rounded-lg border-2 border-stone-300 px-3 font-medium" data-testid="sync-now">
          {t("syncNow")}
        </button>
      </div>
      {queue.attention.length > 0 && (
        <details className="mt-2 rounded-lg bg-brand-50 p-2" data-testid="queue-attention" open>
          <summary className="cursor-pointer font-semibold text-brand-800">{t("attention", { count: queue.attention.length })}</summary>
          <p className="my-1 text-muted">{t("attentionText")}</p>
          <ul className="space-y-1">
            {queue.attention.map((e) => (
              <li key={e.key} className="flex flex-wrap items-center gap-3">
                <span className="font-mono">{localReference(e.key)}</span>
                <span>{format.dateTime(new Date(e.sale.sold_at), { dateStyle: "short", timeStyle: "short" })}</span>
                <span>{formatFen(e.sale.payment.amount, locale)}</span>
                <span className="text-brand-800">{e.last_error}</span>
                <button type="button" onClick={() => resubmit(e.key)} className="min-h-11 rounded-lg border-2 border-brand-600 px-3 text-brand-700">
                  {t("resubmit")}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}
