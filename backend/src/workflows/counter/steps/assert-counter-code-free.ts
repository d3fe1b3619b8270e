import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COUNTER_MODULE } from "../../../modules/counter"
import type CounterModuleService from "../../../modules/counter/service"

/**
 * Fails with HTTP 400 when another counter holds the code. A closed (soft-deleted) counter keeps
 * its code: sales records and reports name counters by code, so a code is never handed on.
 */
export const assertCounterCodeFreeStep = createStep(
  "assert-counter-code-free-step",
  async (code: string, { container }) => {
    const counters: CounterModuleService = container.resolve(COUNTER_MODULE)
    const [holder] = await counters.listCounters({ code }, { withDeleted: true, select: ["id"] })
    if (holder) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `code: counter ${code} already exists`)
    }
    return new StepResponse(undefined)
  }
)
