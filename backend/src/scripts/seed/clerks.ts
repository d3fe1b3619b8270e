import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { KIOSK_MODULE } from "../../modules/kiosk"
import type KioskModuleService from "../../modules/kiosk/service"
import { createClerkWorkflow } from "../../workflows/kiosk/clerks"

/** Demo PINs, printed by the seed: for a local kiosk only, never for a real counter. */
export const DEMO_PINS = { manager: "246810", clerk: "1357" }
const DEMO_STAFF = [
  { name: "店长", role: "manager" as const, pin: DEMO_PINS.manager },
  { name: "店员", role: "clerk" as const, pin: DEMO_PINS.clerk },
]

/** Step 11: a demo manager and clerk at every open counter, so `npm run dev` gives a working kiosk. */
export async function seedClerks(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const kiosk = container.resolve<KioskModuleService>(KIOSK_MODULE)
  const { data: counters } = await query.graph({ entity: "counter", fields: ["id"] })
  const ids = counters.map((c: { id: string }) => c.id)
  const existing = await kiosk.listClerks({ counter_id: ids }, { select: ["counter_id", "name"], take: null })
  const have = new Set(existing.map((c) => `${c.counter_id}|${c.name}`))
  let created = 0
  for (const counter_id of ids) {
    for (const staff of DEMO_STAFF.filter((s) => !have.has(`${counter_id}|${s.name}`))) {
      await createClerkWorkflow(container).run({ input: { counter_id, ...staff } })
      created += 1
    }
  }
  return { total: ids.length * DEMO_STAFF.length, created }
}
