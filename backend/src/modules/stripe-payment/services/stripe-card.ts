import StripeBase from "@medusajs/payment-stripe/dist/core/stripe-base"
import type { PaymentIntentOptions } from "@medusajs/payment-stripe/dist/types"
import type { OneCountyStripeOptions } from "../options"
import { stripeClient } from "./stripe-client"

/**
 * Medusa's Stripe provider builds its client from the API key alone; these services replace it
 * with one that honours apiHost / apiPort / apiProtocol. Same class tree, same behaviour otherwise.
 */
export abstract class OneCountyStripeBase extends StripeBase {
  constructor(cradle: Record<string, unknown>, options: OneCountyStripeOptions) {
    super(cradle, options)
    // Two copies of the stripe package (Medusa's and ours) type the same client differently.
    this.stripe_ = stripeClient(options) as unknown as typeof this.stripe_
  }
}

/** Cards: authorised at checkout, captured later (manual capture). */
export class StripeCardService extends OneCountyStripeBase {
  static identifier = "stripe"

  get paymentIntentOptions(): PaymentIntentOptions {
    return { payment_method_types: ["card"] }
  }
}
