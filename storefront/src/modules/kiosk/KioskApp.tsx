"use client"

import { useCallback, useEffect, useMemo, useRef, useState } from "react"
import { NextIntlClientProvider, useTranslations, type AbstractIntlMessages } from "next-intl"
import { createKioskApi, KioskApiError } from "@/lib/kiosk/api"
import { EMPTY_CART, toSale, type Cart } from "@/lib/kiosk/cart"
import { kvGet, kvSet, openKioskDb, type KioskDb } from "@/lib/kiosk/db"
import { autoSync, newIdempotencyKey, SaleQueue, type QueueState } from "@/lib/kiosk/queue"
import { receiptFromQueued, receiptFromSale, type Receipt } from "@/lib/kiosk/receipt"
import type { Catalogue, ClerkSession, KioskClerk, KioskDevice } from "@/lib/kiosk/types"
import { CashView } from "./CashView"
import { counterName, KioskContext, type Kiosk, type KioskLocale } from "./context"
import { LoginView } from "./LoginView"
import { QueueBar } from "./QueueBar"
import { ReceiptView } from "./ReceiptView"
import { ReturnsView } from "./ReturnsView"
import { SellView } from "./SellView"
import { SetupView } from "./SetupView"
import { SummaryView } from "./SummaryView"

type PinnedDevice = { token: string; device: KioskDevice }
type View = "sell" | "receipt" | "returns" | "cash" | "summary"
const EMPTY_QUEUE: QueueState = { pending: 0, attention: [], last_error: null, next_retry_at: null, needs_login: false, waiting_for_seller: 0 }

/** The counter app: everything on the device (IndexedDB), the backend reached from the browser. */
export function KioskApp({ backendUrl, messages }: { backendUrl: string; messages: Record<KioskLocale, AbstractIntlMessages> }) {
  const [locale, setLocale] = useState<KioskLocale>("zh")
  useEffect(() => {
    document.documentElement.lang = locale === "zh" ? "zh-CN" : "en"
  }, [locale])
  return (
    <NextIntlClientProvider locale={locale} messages={messages[locale]} timeZone="Asia/Shanghai">
      <KioskShell backendUrl={backendUrl} locale={locale} setLocale={setLocale} />
    </NextIntlClientProvider>
  )
}

function KioskShell({ backendUrl, locale, setLocale }: { backendUrl: string; locale: KioskLocale; setLocale: (l: KioskLocale) => void }) {
  const t = useTranslations("kiosk")
  const [db, setDb] = useState<KioskDb | null>(null)
  const [device, setDevice] = useState<PinnedDevice | null | undefined>(undefined)
  const [session, setSession] = useState<ClerkSession | null>(null)
  const [clerks, setClerks] = useState<KioskClerk[]>([])
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null)
  const [online, setOnline] = useState(true)
  const [queue, setQueue] = useState<QueueState>(EMPTY_QUEUE)
  const [syncing, setSyncing] = useState(false)
  const [view, setView] = useState<View>("sell")
  const [cart, setCart] = useState<Cart>(EMPTY_CART)
  const [receipt, setReceipt] = useState<{ key: string; receipt: Receipt } | null>(null)

  const credentials = useRef<{ device?: string; clerk?: string; seller: string | null }>({ seller: null })
  // An offline login has no server session: its sales wait until that clerk logs in online.
  credentials.current = { device: device?.token, clerk: session?.token || undefined, seller: session && !session.offline ? session.clerk.id : null }
  const api = useMemo(() => createKioskApi(backendUrl, () => credentials.current), [backendUrl])
  const runner = useRef<ReturnType<typeof autoSync> | null>(null)
  const saleQueue = useMemo(() => (db ? new SaleQueue(db, { send: api.postSale, seller: () => credentials.current.seller }) : null), [db, api])

  // Start: the device's own records, then the service worker that lets the page load offline.
  useEffect(() => {
    setOnline(navigator.onLine)
    const on = () => setOnline(true)
    const off = () => setOnline(false)
    window.addEventListener("online", on)
    window.addEventListener("offline", off)
    void (async () => {
      const opened = await openKioskDb()
      const [d, s, c, k, l] = await Promise.all([
        kvGet<PinnedDevice>(opened, "device"),
        kvGet<ClerkSession>(opened, "session"),
        kvGet<Catalogue>(opened, "catalogue"),
        kvGet<KioskClerk[]>(opened, "clerks"),
        kvGet<KioskLocale>(opened, "locale"),
      ])
      if (l) setLocale(l)
      setClerks(k ?? [])
      setCatalogue(c ?? null)
      setSession(s && Date.parse(s.expires_at) > Date.now() ? s : null)
      setDevice(d ?? null)
      setDb(opened)
    })()
    if ("serviceWorker" in navigator) navigator.serviceWorker.register("/kiosk-sw.js", { scope: "/kiosk" }).catch(() => {})
    // Queued sales must survive storage pressure: ask the browser not to evict this origin's data.
    void navigator.storage?.persist?.().catch(() => false)
    return () => {
      window.removeEventListener("online", on)
      window.removeEventListener("offline", off)
    }
  }, [setLocale])

  // The queue runs whenever the device is pinned, whoever is logged in.
  const pinned = !!device
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

  // A new online session may send the sales held for its clerk: retry once it is rendered into `credentials`.
  const sessionToken = session?.token
  useEffect(() => {
    if (sessionToken) void runner.current?.retryNow()
  }, [sessionToken])

  const logout = useCallback(async () => {
    setSession(null)
    setCart(EMPTY_CART)
    setView("sell")
    if (db) await kvSet(db, "session", undefined)
  }, [db])

  // Online with a pinned device: refresh the counter (an operator may rename it) and its clerks.
  const deviceId = device?.device.id
  useEffect(() => {
    if (!db || !deviceId || !online) return
    api.device().then(
      ({ device: d, counter }) => {
        setDevice((cur) => {
          if (!cur) return cur
          const next = { token: cur.token, device: { ...d, counter } }
          void kvSet(db, "device", next)
          return next
        })
      },
      () => {}
    )
    api.clerks().then(
      ({ clerks: list }) => {
        setClerks(list)
        void kvSet(db, "clerks", list)
      },
      () => {}
    )
  }, [db, deviceId, online, api])

  // Online with a clerk: refresh the catalogue and prices the device sells from while offline.
  useEffect(() => {
    if (!db || !session || session.offline || !online) return
    api.catalogue().then(
      (c) => {
        setCatalogue(c)
        void kvSet(db, "catalogue", c)
      },
      (e) => {
        if (e instanceof KioskApiError && e.status === 401) void logout()
      }
    )
  }, [db, session, online, api, logout])

  const kiosk = useMemo<Kiosk | null>(() => {
    if (!db || !device || !session || !saleQueue) return null
    return {
      api,
      db,
      locale,
      counter: device.device.counter,
      session,
      catalogue,
      online,
      queue,
      syncing,
      recordSale: async (c, payment, override) => {
        const { sale, lines } = toSale(c, { key: newIdempotencyKey(), soldAt: new Date(), clerkId: session.clerk.id, payment, override })
        const entry = await saleQueue.enqueue(sale, lines)
        setReceipt({ key: entry.key, receipt: receiptFromQueued(entry) })
        void runner.current?.kick()
      },
      syncNow: () => void runner.current?.retryNow(),
      resubmit: (key) => void saleQueue.resubmit(key).then(() => runner.current?.kick()),
    }
  }, [api, db, device, session, saleQueue, locale, catalogue, online, queue, syncing])

  const switchLocale = () => {
    const next = locale === "zh" ? "en" : "zh"
    setLocale(next)
    if (db) void kvSet(db, "locale", next)
  }
  const langButton = (
    <button type="button" onClick={switchLocale} className="min-h-11 rounded-lg px-3 font-medium underline print:hidden" data-testid="kiosk-locale">
      {t("language")}
    </button>
  )

  if (device === undefined || !db) return <p className="p-10 text-center text-xl text-muted">{t("loading")}</p>
  if (!device)
    return (
      <main>
        <div className="flex justify-end p-2">{langButton}</div>
        <SetupView
          api={api}
          onDone={(token, d) => {
            const pinned = { token, device: d }
            void kvSet(db, "device", pinned).then(() => setDevice(pinned))
          }}
        />
      </main>
    )
  if (!session || !kiosk)
    return (
      <main>
        <div className="flex justify-end p-2">{langButton}</div>
        <LoginView
          api={api}
          db={db}
          counter={device.device.counter}
          clerks={clerks}
          locale={locale}
          onLogin={(s) => {
            void kvSet(db, "session", s).then(() => setSession(s))
          }}
        />
      </main>
    )

  const tab = (v: View, label: string) => (
    <button
      key={v}
      type="button"
      onClick={() => setView(v)}
      aria-current={view === v ? "page" : undefined}
      data-testid={`nav-${v}`}
      className={`min-h-12 rounded-lg px-4 text-lg font-semibold ${view === v ? "bg-white text-brand-700" : "text-white"}`}
    >
      {label}
    </button>
  )
  return (
    <KioskContext.Provider value={kiosk}>
      <header className="flex flex-wrap items-center gap-2 bg-brand-700 px-4 py-2 text-white print:hidden">
        <span className="mr-2 font-bold" data-testid="kiosk-counter">
          {counterName(device.device.counter, locale)}
        </span>
        <nav className="flex flex-wrap gap-1">
          {tab("sell", t("nav.sell"))}
          {tab("returns", t("nav.returns"))}
          {tab("cash", t("nav.cash"))}
          {tab("summary", t("nav.summary"))}
        </nav>
        <span className="ml-auto" data-testid="kiosk-clerk" data-offline={session.offline ? "1" : undefined}>
          {session.clerk.name}
          {session.offline && <span className="ml-2 rounded bg-white/20 px-2 text-sm">{t("login.offlineSession")}</span>}
        </span>
        {langButton}
        <button type="button" onClick={() => void logout()} className="min-h-11 rounded-lg border border-white/60 px-3" data-testid="kiosk-logout">
          {t("nav.logout")}
        </button>
      </header>
      <QueueBar />
      <main>
        {view === "sell" && (
          <SellView
            cart={cart}
            onCart={setCart}
            onSold={() => {
              setCart(EMPTY_CART)
              setView("receipt")
            }}
          />
        )}
        {view === "receipt" && receipt && <ReceiptView receipt={receipt.receipt} onNext={() => setView("sell")} />}
        {view === "returns" && <ReturnsView />}
        {view === "cash" && <CashView />}
        {view === "summary" && <SummaryView />}
      </main>
    </KioskContext.Provider>
  )
}
