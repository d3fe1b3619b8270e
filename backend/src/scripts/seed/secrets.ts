import { seedSecret } from "../../lib/config/secrets"

export type SeedSecrets = ReturnType<typeof seedSecrets>

/**
 * The demo accounts' passwords and the staff PINs, read before the seed writes anything: outside
 * development and test each must be given, as the demo values are in the README.
 */
export const seedSecrets = () => ({
  adminPassword: seedSecret("SEED_ADMIN_PASSWORD", "OneCounty2026!"),
  customerPassword: seedSecret("SEED_CUSTOMER_PASSWORD", "Demo2026!"),
  officialPassword: seedSecret("SEED_OFFICIAL_PASSWORD", "Official2026!"),
  managerPin: seedSecret("SEED_MANAGER_PIN", "246810"),
  clerkPin: seedSecret("SEED_CLERK_PIN", "1357"),
})
