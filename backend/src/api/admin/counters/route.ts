import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCounter, AdminCounterResponse, AdminCountersResponse } from "@onecounty/contracts/admin-counters"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCounterWorkflow } from "../../../workflows/counter/create-counter"
import { fetchCounter } from "./fields"
import type { AdminCreateCounterType, AdminListCountersType } from "./validators"

// Fields the free-text `q` parameter searches.
const SEARCHABLE = ["code", "name_zh", "name_en", "address"]

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListCountersType>,
  res: MedusaResponse<AdminCountersResponse<Date>>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, ...filters } = req.filterableFields as Record<string, unknown>
  if (typeof q === "string" && q) {
    filters.$or = SEARCHABLE.map((field) => ({ [field]: { $ilike: `%${q}%` } }))
  }
  const { data, metadata } = await query.graph({
    entity: "counter",
    fields: req.queryConfig.fields,
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json({ counters: data as AdminCounter<Date>[], count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateCounterType>, res: MedusaResponse<AdminCounterResponse<Date>>) => {
  const { result } = await createCounterWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ counter: await fetchCounter(req, result.id) })
}
