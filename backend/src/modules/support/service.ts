import { MedusaService } from "@medusajs/framework/utils"
import { Official } from "./models/official"
import { ReconciliationRun } from "./models/reconciliation-run"
import { SupportTarget } from "./models/support-target"

// The ledger and tally tables are not models: they are written and read with SQL on the hot
// path (see src/reporting/ledger) and need bigint sums, which data models cannot declare.
class SupportModuleService extends MedusaService({ SupportTarget, ReconciliationRun, Official }) {}

export default SupportModuleService
