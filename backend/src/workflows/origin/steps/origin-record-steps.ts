import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORIGIN_MODULE } from "../../../modules/origin"
import type OriginModuleService from "../../../modules/origin/service"

// The generated MedusaService methods of the origin module follow one naming scheme
// (createCounties, updatePairings, softDeleteSuppliers, ...), so one factory gives every model
// its create / update / delete steps with compensation.
const PLURALS = {
  county: "Counties",
  pairing: "Pairings",
  supplier: "Suppliers",
  certification: "Certifications",
} as const

export type OriginModel = keyof typeof PLURALS
type Row = { id: string } & Record<string, unknown>
type Dynamic = Record<string, (...args: unknown[]) => Promise<unknown>>

function methods(container: { resolve: (key: string) => unknown }, model: OriginModel) {
  const service = container.resolve(ORIGIN_MODULE) as OriginModuleService as unknown as Dynamic
  const plural = PLURALS[model]
  return {
    create: (data: Record<string, unknown>) => service[`create${plural}`](data) as Promise<Row>,
    update: (data: Record<string, unknown>) => service[`update${plural}`](data) as Promise<Row>,
    retrieve: (id: string) => service[`retrieve${model[0].toUpperCase()}${model.slice(1)}`](id) as Promise<Row>,
    softDelete: (ids: string[]) => service[`softDelete${plural}`](ids),
    restore: (ids: string[]) => service[`restore${plural}`](ids),
    delete: (ids: string[]) => service[`delete${plural}`](ids),
  }
}

export function createOriginRecordStep(model: OriginModel) {
  return createStep(
    `create-${model}-step`,
    async (data: Record<string, unknown>, { container }) => {
      const created = await methods(container, model).create(data)
      return new StepResponse(created, created.id)
    },
    async (id, { container }) => {
      if (id) {
        await methods(container, model).delete([id])
      }
    }
  )
}

export function updateOriginRecordStep(model: OriginModel) {
  return createStep(
    `update-${model}-step`,
    async (data: { id: string } & Record<string, unknown>, { container }) => {
      const service = methods(container, model)
      const previous = await service.retrieve(data.id)
      const restore = Object.fromEntries(Object.keys(data).map((key) => [key, previous[key]]))
      const updated = await service.update(data)
      return new StepResponse(updated, restore as Row)
    },
    async (previous, { container }) => {
      if (previous) {
        await methods(container, model).update(previous)
      }
    }
  )
}

export function deleteOriginRecordStep(model: OriginModel) {
  return createStep(
    `delete-${model}-step`,
    async (id: string, { container }) => {
      await methods(container, model).softDelete([id])
      return new StepResponse(id, id)
    },
    async (id, { container }) => {
      if (id) {
        await methods(container, model).restore([id])
      }
    }
  )
}
