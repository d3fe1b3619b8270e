/** Medusa's payment providers for Stripe, as the backend registers them (id "stripe"). */
export const STRIPE_PROVIDERS = ["pp_stripe_stripe", "pp_stripe-alipay_stripe", "pp_stripe-wechatpay_stripe"] as const

export const isStripeProvider = (id: string) => (STRIPE_PROVIDERS as readonly string[]).includes(id)

/**
 * The payment choices to offer: Stripe's (card, Alipay, WeChat Pay) first when the storefront has
 * a publishable key and the region offers them, then the development / demo payment and the
 * system provider where the region offers them (the backend offers those outside production only).
 */
export function paymentChoices(providers: string[], stripeKey: string | null): string[] {
  const stripe = stripeKey ? STRIPE_PROVIDERS.filter((p) => providers.includes(p)) : []
  const manual = providers.filter((p) => p === "pp_demo_demo" || p.startsWith("pp_system"))
  return [...stripe, ...manual]
}
