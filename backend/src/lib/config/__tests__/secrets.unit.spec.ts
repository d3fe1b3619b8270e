import { requiredSecret, seedSecret } from "../secrets"

describe("requiredSecret", () => {
  it("takes the environment's value in every NODE_ENV", () => {
    for (const NODE_ENV of ["production", "staging", "development", undefined]) {
      expect(requiredSecret("JWT_SECRET", { NODE_ENV, JWT_SECRET: "s3cret" })).toBe("s3cret")
    }
  })

  it("falls back to a development-only value in development, test, or with NODE_ENV unset", () => {
    for (const NODE_ENV of ["development", "test", undefined]) {
      expect(requiredSecret("COOKIE_SECRET", { NODE_ENV })).toBe("dev-only-cookie_secret")
    }
  })

  it("refuses to start anywhere else, naming the variable and the NODE_ENV", () => {
    for (const NODE_ENV of ["production", "staging", "prod", "Development"]) {
      expect(() => requiredSecret("JWT_SECRET", { NODE_ENV, JWT_SECRET: "" })).toThrow(
        `JWT_SECRET must be set: NODE_ENV is "${NODE_ENV}", and only development and test run on a throwaway value`
      )
    }
  })
})

describe("seedSecret", () => {
  it("uses the demo password or PIN only in development and test", () => {
    expect(seedSecret("SEED_ADMIN_PASSWORD", "OneCounty2026!", { NODE_ENV: "development" })).toBe("OneCounty2026!")
    expect(seedSecret("SEED_CLERK_PIN", "1357", { NODE_ENV: "test" })).toBe("1357")
    expect(seedSecret("SEED_ADMIN_PASSWORD", "OneCounty2026!", { NODE_ENV: "production", SEED_ADMIN_PASSWORD: "long and private" })).toBe("long and private")
    expect(() => seedSecret("SEED_MANAGER_PIN", "246810", { NODE_ENV: "production" })).toThrow(
      'SEED_MANAGER_PIN must be set to seed with NODE_ENV "production": the demo value is public'
    )
    expect(() => seedSecret("SEED_OFFICIAL_PASSWORD", "Official2026!", { NODE_ENV: "staging" })).toThrow(/SEED_OFFICIAL_PASSWORD must be set/)
  })
})
