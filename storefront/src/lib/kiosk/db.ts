import { openDB, type DBSchema, type IDBPDatabase } from "idb"
import type { QueuedSale } from "./queued-sale"
import type { Sale } from "./types"

/** A sale the server has booked, kept on the device for the receipt and reprints. */
export type StoredReceipt = { key: string; sale: Sale; stored_at: string }

export interface KioskSchema extends DBSchema {
  /** Device token and counter, clerk session, catalogue, clerks, locale: one record each. */
  kv: { key: string; value: unknown }
  /** Sales not yet confirmed by the server (201/200 for their idempotency key). */
  queue: { key: string; value: QueuedSale; indexes: { by_queued: string } }
  receipts: { key: string; value: StoredReceipt; indexes: { by_stored: string } }
}

export type KioskDb = IDBPDatabase<KioskSchema>

export const KIOSK_DB_NAME = "onecounty-kiosk"

export function openKioskDb(name = KIOSK_DB_NAME): Promise<KioskDb> {
  return openDB<KioskSchema>(name, 1, {
    upgrade(db) {
      db.createObjectStore("kv")
      db.createObjectStore("queue", { keyPath: "key" }).createIndex("by_queued", "queued_at")
      db.createObjectStore("receipts", { keyPath: "key" }).createIndex("by_stored", "stored_at")
    },
  })
}

export async function kvGet<T>(db: KioskDb, key: string): Promise<T | undefined> {
  return (await db.get("kv", key)) as T | undefined
}

export async function kvSet(db: KioskDb, key: string, value: unknown): Promise<void> {
  if (value === undefined) await db.delete("kv", key)
  else await db.put("kv", value, key)
}
