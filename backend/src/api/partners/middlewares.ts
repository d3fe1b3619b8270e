import type { MiddlewareRoute } from "@medusajs/framework/http"
import { rawBody } from "./raw-body"
import { verifyPartnerSignature } from "./verify-signature"

// The signature covers the raw bytes, so they are kept; 5,000 lines fit well within 5 MB.
export const partnerRoutes: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/partners/sales",
    bodyParser: { sizeLimit: "5mb", preserveRawBody: true },
    middlewares: [verifyPartnerSignature],
  },
  // A file is its own bytes (CSV or XLSX), read here rather than by a body parser.
  { method: ["POST"], matcher: "/partners/sales/files", bodyParser: false, middlewares: [rawBody, verifyPartnerSignature] },
]
