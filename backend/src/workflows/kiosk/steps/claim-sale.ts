import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { KIOSK_MODULE } from "../../../modules/kiosk"
import type KioskModuleService from "../../../modules/kiosk/service"
import type { SaleClaim } from "../../../modules/kiosk/service"

export const CLAIM_HELD = "idempotency_key: this sale is being booked by another request"

/**
 * Takes the idempotency key before anything else is written, as a lease (KioskModuleService
 * claimSale): of any number of concurrent submissions exactly one gets past this step, and a
 * claim whose process died is taken over once its lease has run out. The others fail here and
 * read the winner's sale instead.
 */
export const claimSaleStep = createStep(
  "kiosk-claim-sale",
  async (input: SaleClaim, { container }) => {
    const claim = await container.resolve<KioskModuleService>(KIOSK_MODULE).claimSale(input)
    if (!claim) {
      throw new MedusaError(MedusaError.Types.CONFLICT, CLAIM_HELD)
    }
    return new StepResponse(claim, claim.id)
  },
  async (id, { container }) => {
    // Failed before its order was bound: free the key so the device can submit the sale again.
    if (id) {
      await container.resolve<KioskModuleService>(KIOSK_MODULE).deleteKioskSales(id)
    }
  }
)
