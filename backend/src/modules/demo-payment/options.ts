/**
 * Online checkout without a real payment is for development and demos only. It is offered when
 * the backend runs in development (or tests), or when an operator sets ALLOW_UNPAID_ONLINE_ORDERS
 * for a demo; production online checkout takes a real provider (Stripe).
 */
export function demoPaymentAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  const mode = env.NODE_ENV || "development"
  return mode === "development" || mode === "test" || env.ALLOW_UNPAID_ONLINE_ORDERS === "true"
}

/** Registered as id "demo": provider pp_demo_demo. */
export const DEMO_PAYMENT_PROVIDER_ID = "pp_demo_demo"
