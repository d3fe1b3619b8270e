import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AdminCounter } from "@onecounty/contracts/admin-counters"
import { COUNTER_MODULE } from "../../../modules/counter"
import type CounterModuleService from "../../../modules/counter/service"

/** A counter's own fields, as the operators' routes answer them. */
export type CounterData = Pick<AdminCounter, "code" | "name_zh" | "name_en" | "kind" | "address" | "district_zh" | "district_en">

export type CounterChanges = { id: string } & Partial<Omit<CounterData, "code">>

export const createCounterStep = createStep(
  "create-counter-step",
  async (data: CounterData, { container }) => {
    const counters: CounterModuleService = container.resolve(COUNTER_MODULE)
    const counter = await counters.createCounters(data)
    return new StepResponse(counter, counter.id)
  },
  async (id, { container }) => {
    if (id) {
      const counters: CounterModuleService = container.resolve(COUNTER_MODULE)
      await counters.deleteCounters(id)
    }
  }
)

export const updateCounterStep = createStep(
  "update-counter-step",
  async (changes: CounterChanges, { container }) => {
    const counters: CounterModuleService = container.resolve(COUNTER_MODULE)
    const previous = await counters.retrieveCounter(changes.id)
    const restore = Object.fromEntries(
      Object.keys(changes).map((key) => [key, previous[key as keyof typeof previous]])
    ) as CounterChanges
    const counter = await counters.updateCounters(changes)
    return new StepResponse(counter, restore)
  },
  async (restore, { container }) => {
    if (restore) {
      const counters: CounterModuleService = container.resolve(COUNTER_MODULE)
      await counters.updateCounters(restore)
    }
  }
)

export const softDeleteCounterStep = createStep(
  "soft-delete-counter-step",
  async (id: string, { container }) => {
    const counters: CounterModuleService = container.resolve(COUNTER_MODULE)
    await counters.softDeleteCounters([id])
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) {
      const counters: CounterModuleService = container.resolve(COUNTER_MODULE)
      await counters.restoreCounters([id])
    }
  }
)
