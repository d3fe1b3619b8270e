import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { KIOSK_MODULE } from "../../modules/kiosk"
import type KioskModuleService from "../../modules/kiosk/service"
import { createClerkWorkflow } from "../../workflows/kiosk/clerks"
import type { SeedSecrets } from "./secrets"

/** Step 11: a manager and a clerk at every open counter, so `npm run dev` gives a working kiosk. */
export async function seedClerks(container: MedusaContainer, secrets: SeedSecrets) {
  const staff = [
    { name: "店长", role: "manager" as const, pin: secrets.managerPin },
    { name: "店员", role: "clerk" as const, pin: secrets.clerkPin },
  ]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const kiosk = container.resolve<KioskModuleService>(KIOSK_MODULE)
  const { data: counters } = await query.graph({ entity: "counter", fields: ["id"] })
  const ids = counters.map((c: { id: string }) => c.id)
  const existing = await kiosk.listClerks({ counter_id: ids }, { select: ["counter_id", "name"], take: null })
  const have = new Set(existing.map((c) => `${c.counter_id}|${c.name}`))
  let created = 0
  for (const counter_id of ids) {
    for (const member of staff.filter((s) => !have.has(`${counter_id}|${s.name}`))) {
      await createClerkWorkflow(container).run({ input: { counter_id, ...member } })
      created += 1
    }
  }
  return { total: ids.length * staff.length, created }
}
