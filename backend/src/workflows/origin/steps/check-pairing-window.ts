import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { windowsOverlap } from "../../../lib/date-window"
import { ORIGIN_MODULE } from "../../../modules/origin"
import type OriginModuleService from "../../../modules/origin/service"

export type PairingWindowInput = {
  /** Set when an existing pairing changes: it is excluded from the overlap check. */
  id?: string
  county_id?: string
  valid_from?: Date
  valid_to?: Date | null
}

// Pairings start and end on Shanghai calendar days.
const day = (d: Date) => d.toLocaleDateString("en-CA", { timeZone: "Asia/Shanghai" })

/** A county has at most one Shanghai pairing at any moment. */
export const checkPairingWindowStep = createStep(
  "check-pairing-window-step",
  async (input: PairingWindowInput, { container }) => {
    const origin: OriginModuleService = container.resolve(ORIGIN_MODULE)
    const current = input.id
      ? await origin.retrievePairing(input.id, { select: ["id", "county_id", "valid_from", "valid_to"] })
      : undefined
    const window = {
      county_id: input.county_id ?? (current?.county_id as string),
      valid_from: new Date(input.valid_from ?? (current?.valid_from as Date)),
      valid_to:
        input.valid_to !== undefined
          ? input.valid_to && new Date(input.valid_to)
          : current?.valid_to
            ? new Date(current.valid_to as Date)
            : null,
    }
    if (window.valid_to && window.valid_to <= window.valid_from) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "valid_to: must be after valid_from")
    }
    const others = await origin.listPairings({ county_id: window.county_id })
    const clash = others.find(
      (other) =>
        other.id !== input.id &&
        windowsOverlap(window, {
          valid_from: new Date(other.valid_from),
          valid_to: other.valid_to ? new Date(other.valid_to) : null,
        })
    )
    if (clash) {
      const until = clash.valid_to ? day(new Date(clash.valid_to)) : "open-ended"
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `valid_from: overlaps pairing ${clash.id} (${day(new Date(clash.valid_from))} – ${until}) of the same county`
      )
    }
    return new StepResponse(window)
  }
)
