"use client"

import { useCallback, useEffect, useMemo, useState } from "react"
import { NextIntlClientProvider, useTranslations, type AbstractIntlMessages } from "next-intl"
import { EMPTY_CART, toSale, type Cart } from "@/lib/kiosk/cart"
import { kvSet } from "@/lib/kiosk/db"
import { newIdempotencyKey } from "@/lib/kiosk/queue"
import { receiptFromQueued } from "@/lib/kiosk/receipt"
import { CashView } from "./CashView"
import { KioskContext, type Kiosk, type KioskLocale } from "./context"
import { useDeviceRecords } from "./hooks/use-device-records"
import { useDeviceRefresh } from "./hooks/use-device-refresh"
import { useKioskApi } from "./hooks/use-kiosk-api"
import { useOnline } from "./hooks/use-online"
import { useSaleQueue } from "./hooks/use-sale-queue"
import { KioskHeader, type KioskView } from "./KioskHeader"
import { LoginView } from "./LoginView"
import { QueueBar } from "./QueueBar"
import { ReceiptView } from "./ReceiptView"
import { ReturnsView } from "./ReturnsView"
import { SellView } from "./SellView"
import { SetupView } from "./SetupView"
import { SummaryView } from "./SummaryView"

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
  const online = useOnline()
  const { db, device, setDevice, session, setSession, clerks, setClerks, catalogue, setCatalogue } = useDeviceRecords(setLocale)
  const { api, credentials } = useKioskApi(backendUrl, device, session)
  const { saleQueue, queue, syncing, receipt, setReceipt, kick, retryNow } = useSaleQueue(db, api, credentials, !!device, session?.token)
  const [view, setView] = useState<KioskView>("sell")
  const [cart, setCart] = useState<Cart>(EMPTY_CART)

  const logout = useCallback(async () => {
    setSession(null)
    setCart(EMPTY_CART)
    setView("sell")
    if (db) await kvSet(db, "session", undefined)
  }, [db, setSession])
  const refuseSession = useCallback(() => void logout(), [logout])
  useDeviceRefresh({ api, db, online, session, deviceId: device?.device.id, setDevice, setClerks, setCatalogue, onSessionRefused: refuseSession })

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
        kick()
      },
      syncNow: retryNow,
      resubmit: (key) => void saleQueue.resubmit(key).then(kick),
    }
  }, [api, db, device, session, saleQueue, locale, catalogue, online, queue, syncing, setReceipt, kick, retryNow])

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

  return (
    <KioskContext.Provider value={kiosk}>
      <KioskHeader counter={device.device.counter} locale={locale} session={session} view={view} onView={setView} langButton={langButton} onLogout={() => void logout()} />
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
