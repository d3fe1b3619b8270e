import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react"
import type { KioskApi } from "@/lib/kiosk/api"
import type { KioskDb } from "@/lib/kiosk/db"
import { autoSync, SaleQueue, type QueueState } from "@/lib/kiosk/queue"
import { receiptFromSale, type Receipt } from "@/lib/kiosk/receipt"
import type { DeviceCredentials } from "./use-kiosk-api"

const EMPTY_QUEUE: QueueState = { pending: 0, attention: [], last_error: null, next_retry_at: null, needs_login: false, waiting_for_seller: 0 }

export type ShownReceipt = { key: string; receipt: Receipt }

/**
 * The device's sale queue and its sync loop: it runs whenever the device is pinned, whoever is
 * logged in, and tries again as soon as a new online session can send the sales held for its
 * clerk. The receipt on screen is replaced by the server's once its sale is booked.
 */
export function useSaleQueue(db: KioskDb | null, api: KioskApi, credentials: RefObject<DeviceCredentials>, pinned: boolean, sessionToken: string | undefined) {
  const [queue, setQueue] = useState<QueueState>(EMPTY_QUEUE)
  const [syncing, setSyncing] = useState(false)
  const [receipt, setReceipt] = useState<ShownReceipt | null>(null)
  const runner = useRef<ReturnType<typeof autoSync> | null>(null)
  const saleQueue = useMemo(() => (db ? new SaleQueue(db, { send: api.postSale, seller: () => credentials.current.seller }) : null), [db, api, credentials])

  useEffect(() => {
    if (!saleQueue || !pinned) return
    const r = autoSync(
      saleQueue,
      (state, busy) => {
        setQueue(state)
        setSyncing(busy)
      },
      (sales) => setReceipt((cur) => (cur && sales.some((s) => s.idempotency_key === cur.key) ? { key: cur.key, receipt: receiptFromSale(sales.find((s) => s.idempotency_key === cur.key)!) } : cur))
    )
    runner.current = r
    return () => r.stop()
  }, [saleQueue, pinned])

  // Once the new session is rendered into `credentials`.
  useEffect(() => {
    if (sessionToken) void runner.current?.retryNow()
  }, [sessionToken])

  const kick = useCallback(() => void runner.current?.kick(), [])
  const retryNow = useCallback(() => void runner.current?.retryNow(), [])
  return { saleQueue, queue, syncing, receipt, setReceipt, kick, retryNow }
}
