import type { MedusaResponse } from "@medusajs/framework/http"
import type { KioskClerksResponse } from "@onecounty/contracts/kiosk"
import { kioskService, type KioskRequest } from "../kiosk-request"

export const GET = async (req: KioskRequest, res: MedusaResponse<KioskClerksResponse>) => {
  const clerks = await kioskService(req).listClerks(
    { counter_id: req.kiosk.counter_id, active: true },
    { select: ["id", "name", "role"], order: { name: "ASC" } }
  )
  res.json({ clerks: clerks.map((c) => ({ id: c.id, name: c.name, role: c.role })) })
}
