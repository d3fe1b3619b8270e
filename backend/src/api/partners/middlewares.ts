import type { MiddlewareRoute } from "@medusajs/framework/http"
import { limitPartnerAddress, limitPartnerKey } from "./rate-limits"
import { rawBody } from "./raw-body"
import { verifyPartnerSignature } from "./verify-signature"

// The signature covers the raw bytes, so they are kept; 5,000 lines fit well within 5 MB. Each address is
// limited before its signature is checked, each key after (rate-limits.ts).
export const partnerRoutes: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/partners/sales",
    bodyParser: { sizeLimit: "5mb", preserveRawBody: true },
    middlewares: [limitPartnerAddress, verifyPartnerSignature, limitPartnerKey],
  },
  // A file is its own bytes (CSV or XLSX), read here rather than by a body parser.
  { method: ["POST"], matcher: "/partners/sales/files", bodyParser: false, middlewares: [limitPartnerAddress, rawBody, verifyPartnerSignature, limitPartnerKey] },
]
