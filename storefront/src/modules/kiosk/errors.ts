"use client"

import { useCallback } from "react"
import { useTranslations } from "next-intl"
import { KioskApiError } from "@/lib/kiosk/api"

/** What a clerk reads for a failed call: the server's own message for 400s (it names the field). */
export function useErrorText() {
  const t = useTranslations("kiosk.errors")
  return useCallback((e: unknown): string => {
    if (e instanceof KioskApiError) {
      if (e.status === 401) return t("auth")
      return e.body.message || t("unknown", { message: `HTTP ${e.status}` })
    }
    if (e instanceof TypeError) return t("network")
    return t("unknown", { message: e instanceof Error ? e.message : String(e) })
  }, [t])
}
