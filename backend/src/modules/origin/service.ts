import { MedusaService } from "@medusajs/framework/utils"
import { Certification } from "./models/certification"
import { County } from "./models/county"
import { Pairing } from "./models/pairing"
import { Prefecture } from "./models/prefecture"
import { Province } from "./models/province"
import { Supplier } from "./models/supplier"

class OriginModuleService extends MedusaService({
  Province,
  Prefecture,
  County,
  Pairing,
  Supplier,
  Certification,
}) {}

export default OriginModuleService
