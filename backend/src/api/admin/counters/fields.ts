import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminCounter } from "@onecounty/contracts/admin-counters"

export const DEFAULT_COUNTER_FIELDS = [
  "id",
  "code",
  "name_zh",
  "name_en",
  "kind",
  "address",
  "district_zh",
  "district_en",
  "created_at",
  "updated_at",
  "sales_channel.id",
  "sales_channel.name",
  "sales_channel.publishable_api_keys.id",
  "sales_channel.publishable_api_keys.token",
  "sales_channel.publishable_api_keys.revoked_at",
  "stock_location.id",
  "stock_location.name",
  "stock_location.address.*",
]

export async function fetchCounter(req: AuthenticatedMedusaRequest<unknown>, id: string): Promise<AdminCounter<Date>> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "counter",
    fields: req.queryConfig?.fields ?? DEFAULT_COUNTER_FIELDS,
    filters: { id },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `id: no counter with id ${id}`)
  }
  return data[0] as AdminCounter<Date>
}
