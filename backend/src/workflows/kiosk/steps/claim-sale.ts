import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { KIOSK_MODULE } from "../../../modules/kiosk"
import type KioskModuleService from "../../../modules/kiosk/service"

export type ClaimSaleInput = { idempotency_key: string; counter_id: string; clerk_id: string; sold_at: Date }

/**
 * Takes the idempotency key before anything else is written. The key is unique in the
 * database, so of any number of concurrent submissions exactly one gets past this step; the
 * others fail here with a duplicate error and read the winner's sale instead.
 */
export const claimSaleStep = createStep(
  "kiosk-claim-sale",
  async (input: ClaimSaleInput, { container }) => {
    const kiosk = container.resolve<KioskModuleService>(KIOSK_MODULE)
    try {
      const sale = await kiosk.createKioskSales(input)
      return new StepResponse(sale, sale.id)
    } catch (e) {
      const [taken] = await kiosk.listKioskSales({ idempotency_key: input.idempotency_key })
      if (taken) {
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `idempotency_key: ${input.idempotency_key} was already submitted`)
      }
      throw e
    }
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<KioskModuleService>(KIOSK_MODULE).deleteKioskSales(id)
    }
  }
)
