import type { PaymentIntentOptions } from "@medusajs/payment-stripe/dist/types"
import { OneCountyStripeBase } from "./stripe-card"

// Alipay and WeChat Pay have no separate authorisation: the shopper approves in the wallet and the
// money moves, so these intents capture automatically.

export class StripeAlipayService extends OneCountyStripeBase {
  static identifier = "stripe-alipay"

  get paymentIntentOptions(): PaymentIntentOptions {
    return { payment_method_types: ["alipay"], capture_method: "automatic" }
  }
}

export class StripeWechatPayService extends OneCountyStripeBase {
  static identifier = "stripe-wechatpay"

  get paymentIntentOptions(): PaymentIntentOptions {
    // WeChat Pay needs to know where the QR code is shown; the storefront is a web page.
    return {
      payment_method_types: ["wechat_pay"],
      capture_method: "automatic",
      payment_method_options: { wechat_pay: { client: "web" } } as PaymentIntentOptions["payment_method_options"],
    }
  }
}
