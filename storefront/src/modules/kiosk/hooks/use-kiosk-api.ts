import { useMemo, useRef } from "react"
import { createKioskApi, type KioskCredentials } from "@/lib/kiosk/api"
import type { ClerkSession } from "@/lib/kiosk/types"
import type { PinnedDevice } from "./use-device-records"

/** The tokens the client sends, and the clerk the queue may send held sales for. */
export type DeviceCredentials = KioskCredentials & { seller: string | null }

/**
 * The backend client, reading the device's and clerk's tokens at each call, so it stays one object
 * while they change. An offline login has no server session: its sales wait (seller null) until
 * that clerk logs in online.
 */
export function useKioskApi(backendUrl: string, device: PinnedDevice | null | undefined, session: ClerkSession | null) {
  const credentials = useRef<DeviceCredentials>({ seller: null })
  credentials.current = { device: device?.token, clerk: session?.token || undefined, seller: session && !session.offline ? session.clerk.id : null }
  const api = useMemo(() => createKioskApi(backendUrl, () => credentials.current), [backendUrl])
  return { api, credentials }
}
