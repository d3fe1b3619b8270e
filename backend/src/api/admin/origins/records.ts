import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type {
  AdminCertification,
  AdminCertificationResponse,
  AdminCertificationsResponse,
  AdminCountiesResponse,
  AdminCounty,
  AdminCountyResponse,
  AdminPairing,
  AdminPairingResponse,
  AdminPairingsResponse,
  AdminSupplier,
  AdminSupplierResponse,
  AdminSuppliersResponse,
} from "@onecounty/contracts/admin-origins"
import { COUNTY_FIELDS } from "../../../lib/county-fields"
import type { AdminListOriginsType } from "./validators"

type Entity = "county" | "pairing" | "supplier" | "certification"
type Records = { county: AdminCounty<Date>; pairing: AdminPairing<Date>; supplier: AdminSupplier; certification: AdminCertification<Date> }
type Lists = {
  county: AdminCountiesResponse<Date>
  pairing: AdminPairingsResponse<Date>
  supplier: AdminSuppliersResponse
  certification: AdminCertificationsResponse<Date>
}
type Retrieved = {
  county: AdminCountyResponse<Date>
  pairing: AdminPairingResponse<Date>
  supplier: AdminSupplierResponse
  certification: AdminCertificationResponse<Date>
}

const PLURAL: Record<Entity, string> = {
  county: "counties",
  pairing: "pairings",
  supplier: "suppliers",
  certification: "certifications",
}

// Fields the free-text `q` parameter searches, per record type.
const SEARCHABLE: Record<Entity, string[]> = {
  county: ["code", "name_zh", "name_en", "specialty_zh", "specialty_en"],
  pairing: ["district_zh", "district_en"],
  supplier: ["name", "credit_code"],
  certification: ["number", "issuer"],
}

export const DEFAULT_FIELDS: Record<Entity, string[]> = {
  county: ["id", "verified", "pairings.*", ...COUNTY_FIELDS],
  pairing: ["id", "county_id", "district_zh", "district_en", "relation_type", "valid_from", "valid_to", "county.code", "county.name_zh"],
  supplier: ["id", "name", "type", "credit_code", "households_linked", "contact_phone", "county_id", "county.code", "county.name_zh"],
  certification: ["id", "number", "issuer", "issued_at", "expires_at"],
}

export async function fetchRecord<E extends Entity>(req: AuthenticatedMedusaRequest<unknown>, entity: E, id: string): Promise<Records[E]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: entity as Entity,
    fields: req.queryConfig?.fields ?? DEFAULT_FIELDS[entity],
    filters: { id },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `id: no ${entity} with id ${id}`)
  }
  return data[0] as unknown as Records[E]
}

export const listRecords =
  <E extends Entity>(entity: E) =>
  async (req: AuthenticatedMedusaRequest<unknown, AdminListOriginsType>, res: MedusaResponse<Lists[E]>) => {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { q, ...filters } = req.filterableFields as Record<string, unknown>
    if (typeof q === "string" && q) {
      filters.$or = SEARCHABLE[entity].map((field) => ({ [field]: { $ilike: `%${q}%` } }))
    }
    const { data, metadata } = await query.graph({
      entity: entity as Entity,
      fields: req.queryConfig.fields,
      filters,
      pagination: req.queryConfig.pagination,
    })
    res.json({
      [PLURAL[entity]]: data,
      count: metadata?.count,
      offset: metadata?.skip,
      limit: metadata?.take,
    } as unknown as Lists[E])
  }

export const retrieveRecord =
  <E extends Entity>(entity: E) =>
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Retrieved[E]>) => {
    res.json({ [entity]: await fetchRecord(req, entity, req.params.id) } as unknown as Retrieved[E])
  }
