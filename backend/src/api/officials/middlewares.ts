import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { OFFICIAL_ACTOR } from "../../modules/support/constants"
import { tableUpload } from "../table-upload"
import { ImportTargets, TargetListQuery } from "../../reporting/targets/validators"
import { officialsCors } from "./cors"
import { officialsCsrf } from "./csrf"
import { requireOfficial } from "./signed-in-official"
import { OfficialReportQuery } from "./validators"

export const officialRoutes: MiddlewareRoute[] = [
  { matcher: "/officials*", middlewares: [officialsCors, authenticate(OFFICIAL_ACTOR, ["session", "bearer"]), requireOfficial, officialsCsrf] },
  { method: ["GET"], matcher: "/officials/reports/*", middlewares: [validateAndTransformQuery(OfficialReportQuery, {})] },
  { method: ["GET"], matcher: "/officials/targets", middlewares: [validateAndTransformQuery(TargetListQuery, {})] },
  {
    method: ["POST"],
    matcher: "/officials/targets/import*",
    bodyParser: { sizeLimit: "5mb", preserveRawBody: true },
    middlewares: [tableUpload, validateAndTransformBody(ImportTargets)],
  },
]
