import { connection } from "next/server"
import { KIOSK_BACKEND_URL } from "@/lib/config"
import { KioskApp } from "@/modules/kiosk/KioskApp"
import en from "../../../messages/en.json"
import zh from "../../../messages/zh.json"

/**
 * The app shell only: no store data is rendered here (the device loads its catalogue itself and
 * keeps it in IndexedDB). Rendered per request so that the backend URL is the one the server runs
 * with, not the one at build time.
 */
export default async function KioskPage() {
  await connection()
  return <KioskApp backendUrl={KIOSK_BACKEND_URL} messages={{ zh: { kiosk: zh.kiosk }, en: { kiosk: en.kiosk } }} />
}
