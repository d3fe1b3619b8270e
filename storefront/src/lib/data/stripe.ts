import "server-only"

/**
 * Read on the server at request time, so one build serves shops with and without Stripe.
 * NEXT_PUBLIC_STRIPE_KEY is accepted too, the name Medusa's starters use.
 */
export function stripePublishableKey(): string | null {
  return process.env.STRIPE_PUBLISHABLE_KEY || process.env.NEXT_PUBLIC_STRIPE_KEY || null
}
