import type { MedusaContainer } from "@medusajs/framework/types"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"
import { createOfficialWorkflow } from "../../workflows/support/create-official"
import type { SeedSecrets } from "./secrets"

/**
 * Who signs in to the officials' console in a demo: the city office, which may set targets, and
 * one district's office, which reads its own district only.
 */
export const DEMO_OFFICIALS = [
  { email: "official@onecounty.cn", name: "市合作交流办（演示）", district_zh: null, can_edit_targets: true },
  { email: "minhang@onecounty.cn", name: "闵行区合作交流办（演示）", district_zh: "闵行区", can_edit_targets: false },
]

/** Step 10: the demo officials, as an operator creates them (POST /admin/reporting/officials). */
export async function seedOfficials(container: MedusaContainer, secrets: SeedSecrets) {
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const password = secrets.officialPassword
  let created = 0
  for (const official of DEMO_OFFICIALS) {
    if ((await support.listOfficials({ email: official.email })).length) {
      continue
    }
    await createOfficialWorkflow(container).run({ input: { ...official, password } })
    created++
  }
  return { total: DEMO_OFFICIALS.length, created }
}
