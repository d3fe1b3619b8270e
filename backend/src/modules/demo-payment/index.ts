import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { DemoPaymentService } from "./services/demo-payment"

export default ModuleProvider(Modules.PAYMENT, { services: [DemoPaymentService] })
