import { MedusaService } from "@medusajs/framework/utils"
import { Counter } from "./models/counter"

class CounterModuleService extends MedusaService({ Counter }) {}

export default CounterModuleService
