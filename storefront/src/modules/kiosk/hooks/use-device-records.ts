import { useEffect, useState } from "react"
import { kvGet, openKioskDb, type KioskDb } from "@/lib/kiosk/db"
import type { Catalogue, ClerkSession, KioskClerk, KioskDevice } from "@/lib/kiosk/types"
import type { KioskLocale } from "../context"

export type PinnedDevice = { token: string; device: KioskDevice }

/**
 * What the device keeps in IndexedDB (its pinning, the clerk's session, the catalogue it sells from
 * offline, the counter's clerks, the language), loaded once at start; then the service worker that
 * lets the page load offline. `device` is undefined until loaded, null when not yet set up.
 */
export function useDeviceRecords(setLocale: (locale: KioskLocale) => void) {
  const [db, setDb] = useState<KioskDb | null>(null)
  const [device, setDevice] = useState<PinnedDevice | null | undefined>(undefined)
  const [session, setSession] = useState<ClerkSession | null>(null)
  const [clerks, setClerks] = useState<KioskClerk[]>([])
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null)

  useEffect(() => {
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
  }, [setLocale])

  return { db, device, setDevice, session, setSession, clerks, setClerks, catalogue, setCatalogue }
}
