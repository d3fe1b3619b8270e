"use client"

import { createContext, useContext } from "react"
import type { KioskApi } from "@/lib/kiosk/api"
import type { Cart } from "@/lib/kiosk/cart"
import type { KioskDb } from "@/lib/kiosk/db"
import type { QueueState } from "@/lib/kiosk/queue"
import type { Catalogue, ClerkSession, KioskCounter, PaymentInput } from "@/lib/kiosk/types"

export type KioskLocale = "zh" | "en"

export type Kiosk = {
  api: KioskApi
  db: KioskDb
  locale: KioskLocale
  counter: KioskCounter
  session: ClerkSession
  catalogue: Catalogue | null
  online: boolean
  queue: QueueState
  syncing: boolean
  /** Records the sale on the device first, then tries to send it; resolves with the receipt to show. */
  /** Records the sale on the device first (its receipt becomes the one shown), then tries to send it. */
  recordSale: (cart: Cart, payment: PaymentInput, override?: { manager_pin: string; reason: string }) => Promise<void>
  syncNow: () => void
  resubmit: (key: string) => void
}

/** The counter's name in the device's language (Chinese when there is no English one). */
export const counterName = (counter: KioskCounter, locale: KioskLocale) => (locale === "en" && counter.name_en) || counter.name

/** A catalogue name in the kiosk's language: its English translation (sent beside it) when English. */
export const inLocale = (zh: string, en: string | undefined, locale: KioskLocale) => (locale === "en" && en) || zh

export const KioskContext = createContext<Kiosk | null>(null)

export function useKiosk(): Kiosk {
  const k = useContext(KioskContext)
  if (!k) throw new Error("useKiosk outside the kiosk")
  return k
}
