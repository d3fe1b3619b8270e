"use client"

import { useTranslations } from "next-intl"
import type { ReactNode } from "react"
import type { ClerkSession, KioskDevice } from "@/lib/kiosk/types"
import { counterName, type KioskLocale } from "./context"

export type KioskView = "sell" | "receipt" | "returns" | "cash" | "summary"
const TABS = ["sell", "returns", "cash", "summary"] as const

/** The counter's bar: its name, the clerk's views, who is logged in (and whether offline), language, log out. */
export function KioskHeader(props: {
  counter: KioskDevice["counter"]
  locale: KioskLocale
  session: ClerkSession
  view: KioskView
  onView: (view: KioskView) => void
  langButton: ReactNode
  onLogout: () => void
}) {
  const { counter, locale, session, view, onView, langButton, onLogout } = props
  const t = useTranslations("kiosk")
  return (
    <header className="flex flex-wrap items-center gap-2 bg-brand-700 px-4 py-2 text-white print:hidden">
      <span className="mr-2 font-bold" data-testid="kiosk-counter">
        {counterName(counter, locale)}
      </span>
      <nav className="flex flex-wrap gap-1">
        {TABS.map((v) => (
          <button
            key={v}
            type="button"
            onClick={() => onView(v)}
            aria-current={view === v ? "page" : undefined}
            data-testid={`nav-${v}`}
            className={`min-h-12 rounded-lg px-4 text-lg font-semibold ${view === v ? "bg-white text-brand-700" : "text-white"}`}
          >
            {t(`nav.${v}`)}
          </button>
        ))}
      </nav>
      <span className="ml-auto" data-testid="kiosk-clerk" data-offline={session.offline ? "1" : undefined}>
        {session.clerk.name}
        {session.offline && <span className="ml-2 rounded bg-white/20 px-2 text-sm">{t("login.offlineSession")}</span>}
      </span>
      {langButton}
      <button type="button" onClick={onLogout} className="min-h-11 rounded-lg border border-white/60 px-3" data-testid="kiosk-logout">
        {t("nav.logout")}
      </button>
    </header>
  )
}
