import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { DEFAULT_FIELDS } from "./records"
import {
  AdminCreateCertification,
  AdminCreateCounty,
  AdminCreatePairing,
  AdminCreateSupplier,
  AdminListOrigins,
  AdminUpdateCertification,
  AdminUpdateCounty,
  AdminUpdatePairing,
  AdminUpdateSupplier,
} from "./validators"

const RECORDS = [
  { path: "counties", entity: "county", create: AdminCreateCounty, update: AdminUpdateCounty },
  { path: "pairings", entity: "pairing", create: AdminCreatePairing, update: AdminUpdatePairing },
  { path: "suppliers", entity: "supplier", create: AdminCreateSupplier, update: AdminUpdateSupplier },
  {
    path: "certifications",
    entity: "certification",
    create: AdminCreateCertification,
    update: AdminUpdateCertification,
  },
] as const

const queryConfig = (entity: keyof typeof DEFAULT_FIELDS, isList: boolean) =>
  validateAndTransformQuery(AdminListOrigins, { defaults: DEFAULT_FIELDS[entity], isList })

export const adminOriginRoutes: MiddlewareRoute[] = [
  ...RECORDS.flatMap(({ path, entity, create, update }): MiddlewareRoute[] => [
    { method: ["GET"], matcher: `/admin/origins/${path}`, middlewares: [queryConfig(entity, true)] },
    {
      method: ["POST"],
      matcher: `/admin/origins/${path}`,
      middlewares: [validateAndTransformBody(create), queryConfig(entity, false)],
    },
    { method: ["GET"], matcher: `/admin/origins/${path}/:id`, middlewares: [queryConfig(entity, false)] },
    {
      method: ["POST"],
      matcher: `/admin/origins/${path}/:id`,
      middlewares: [validateAndTransformBody(update), queryConfig(entity, false)],
    },
  ]),
]
