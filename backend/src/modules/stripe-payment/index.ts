import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { StripeCardService } from "./services/stripe-card"
import { StripeAlipayService, StripeWechatPayService } from "./services/stripe-wallets"

/** Registered as id "stripe": providers pp_stripe_stripe, pp_stripe-alipay_stripe, pp_stripe-wechatpay_stripe. */
export default ModuleProvider(Modules.PAYMENT, {
  services: [StripeCardService, StripeAlipayService, StripeWechatPayService],
})
