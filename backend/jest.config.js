const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", tsx: true, decorators: true }, target: "es2021" } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch: [
    "<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s",
    "<rootDir>/integration-tests/**/*.spec.[jt]s",
  ],
  testTimeout: 240000,
  // Each suite boots a Medusa app; in one long-lived process their leftovers add up past the heap.
  // One worker (suites stay serial: they share PostgreSQL and Redis) that is replaced once it holds
  // more than this after a suite.
  workerIdleMemoryLimit: "2GB",
}
