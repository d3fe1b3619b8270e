type Env = Record<string, string | undefined>

// Medusa's own commands read an unset NODE_ENV as development (`medusa start` as production).
const nodeEnv = (env: Env) => env.NODE_ENV || "development"

/** Development and test may run on throwaway values; staging, production and anything else may not. */
export const throwawayAllowed = (env: Env = process.env) => ["development", "test"].includes(nodeEnv(env))

/** A secret from the environment, or a fixed development-only value where a throwaway is allowed. */
export function requiredSecret(name: string, env: Env = process.env): string {
  const value = env[name]
  if (value) {
    return value
  }
  if (!throwawayAllowed(env)) {
    throw new Error(`${name} must be set: NODE_ENV is "${nodeEnv(env)}", and only development and test run on a throwaway value`)
  }
  return `dev-only-${name.toLowerCase()}`
}

/**
 * A password or PIN the seed gives a demo account: from the environment, else the demo value the
 * README prints, which only development and test may use (everyone knows it).
 */
export function seedSecret(name: string, demo: string, env: Env = process.env): string {
  const value = env[name]
  if (value) {
    return value
  }
  if (!throwawayAllowed(env)) {
    throw new Error(`${name} must be set to seed with NODE_ENV "${nodeEnv(env)}": the demo value is public`)
  }
  return demo
}
