import { useEffect, type Dispatch, type SetStateAction } from "react"
import { KioskApiError, type KioskApi } from "@/lib/kiosk/api"
import { kvSet, type KioskDb } from "@/lib/kiosk/db"
import type { Catalogue, ClerkSession, KioskClerk } from "@/lib/kiosk/types"
import type { PinnedDevice } from "./use-device-records"

type Refresh = {
  api: KioskApi
  db: KioskDb | null
  online: boolean
  session: ClerkSession | null
  deviceId: string | undefined
  setDevice: Dispatch<SetStateAction<PinnedDevice | null | undefined>>
  setClerks: (clerks: KioskClerk[]) => void
  setCatalogue: (catalogue: Catalogue) => void
  onSessionRefused: () => void
}

/**
 * While online, what the device keeps for offline use is brought up to date and stored again: with
 * a pinned device, its counter (an operator may rename it) and the counter's clerks; with a clerk
 * logged in online, the catalogue and prices. A refused session logs the clerk out.
 */
export function useDeviceRefresh({ api, db, online, session, deviceId, setDevice, setClerks, setCatalogue, onSessionRefused }: Refresh) {
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
  }, [db, deviceId, online, api, setDevice, setClerks])

  useEffect(() => {
    if (!db || !session || session.offline || !online) return
    api.catalogue().then(
      (c) => {
        setCatalogue(c)
        void kvSet(db, "catalogue", c)
      },
      (e) => {
        if (e instanceof KioskApiError && e.status === 401) onSessionRefused()
      }
    )
  }, [db, session, online, api, setCatalogue, onSessionRefused])
}
