import Stripe from "stripe"
import type { OneCountyStripeOptions } from "../options"

/** A Stripe client for the configured API host (Stripe's by default). */
export function stripeClient(options: OneCountyStripeOptions): Stripe {
  return new Stripe(options.apiKey, {
    ...(options.apiHost ? { host: options.apiHost, port: options.apiPort, protocol: options.apiProtocol } : {}),
    // The stand-in and Stripe both answer quickly; a checkout should not hang on a dead host.
    timeout: 20_000,
    maxNetworkRetries: 1,
  })
}
