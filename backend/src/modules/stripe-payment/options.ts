import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"

/**
 * Medusa's Stripe options plus where the API lives: Stripe's own servers unless a host is given,
 * which is how the tests point the provider at their local stand-in.
 */
export type OneCountyStripeOptions = StripeOptions & {
  apiHost?: string
  apiPort?: number
  apiProtocol?: "http" | "https"
}

/** Payment provider ids of card, Alipay and WeChat Pay (module id "stripe", see index.ts). */
export const STRIPE_PROVIDER_IDS = ["pp_stripe_stripe", "pp_stripe-alipay_stripe", "pp_stripe-wechatpay_stripe"]

/** The provider's options from the environment; null when STRIPE_API_KEY is not set. */
export function stripeOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): OneCountyStripeOptions | null {
  if (!env.STRIPE_API_KEY) {
    return null
  }
  return {
    apiKey: env.STRIPE_API_KEY,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET as string,
    // Cards are authorised at checkout and captured when the order ships; Alipay and WeChat Pay
    // capture on their own (see their services).
    capture: false,
    paymentDescription: "OneCounty 一县一品",
    ...(env.STRIPE_API_HOST
      ? {
          apiHost: env.STRIPE_API_HOST,
          apiPort: env.STRIPE_API_PORT ? Number(env.STRIPE_API_PORT) : undefined,
          apiProtocol: env.STRIPE_API_PROTOCOL === "http" ? "http" : "https",
        }
      : {}),
  }
}
