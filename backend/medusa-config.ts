import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { fileModuleFromEnv } from "./src/lib/config/file-storage"
import { requiredSecret } from "./src/lib/config/secrets"
import { trustProxyFromEnv } from "./src/lib/config/trust-proxy"
import { demoPaymentAllowed } from "./src/modules/demo-payment/options"
import { stripeOptionsFromEnv } from "./src/modules/stripe-payment/options"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// Checked here so a wrong value stops the server at start rather than at its first request.
trustProxyFromEnv()

const redisUrl = process.env.REDIS_URL
const workerMode = (process.env.MEDUSA_WORKER_MODE || "shared") as "shared" | "server" | "worker"

// Setting projectConfig.redisUrl alone switches no module to Redis: each one is listed here.
const redisModules = redisUrl
  ? [
      { key: Modules.CACHE, resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
      {
        key: Modules.EVENT_BUS,
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl },
      },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

// Search: Medusa's PostgreSQL provider with its index tables and facet counts tuned
// (src/modules/postgres-search); Meilisearch, a production adapter, when MEILISEARCH_HOST is set.
const postgresSearch = { resolve: "./src/modules/postgres-search", id: "postgres", options: { engine: "native" } }
const searchModule = {
  key: Modules.SEARCH,
  resolve: "@medusajs/medusa/search",
  options: process.env.MEILISEARCH_HOST
    ? {
        // PostgreSQL stays registered so switching engines can drop its old indexes on migrate.
        providers: [
          postgresSearch,
          {
            resolve: "./src/modules/meilisearch-search",
            id: "meilisearch",
            options: { host: process.env.MEILISEARCH_HOST, apiKey: process.env.MEILISEARCH_API_KEY },
          },
        ],
        default_provider: "meilisearch",
      }
    : { providers: [postgresSearch] },
}
// Production adapters, each switched on by its own environment variable.
const stripeOptions = stripeOptionsFromEnv()
const paymentProviders = [
  ...(stripeOptions ? [{ resolve: "./src/modules/stripe-payment", id: "stripe", options: stripeOptions }] : []),
  ...(demoPaymentAllowed() ? [{ resolve: "./src/modules/demo-payment", id: "demo" }] : []),
]
const paymentModules = paymentProviders.length
  ? [{ key: Modules.PAYMENT, resolve: "@medusajs/medusa/payment", options: { providers: paymentProviders } }]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      // The officials' console signs in here; its own origins (OFFICIALS_CORS) are added.
      authCors: [
        process.env.AUTH_CORS || "http://localhost:8000,http://localhost:9000,http://localhost:5173",
        process.env.OFFICIALS_CORS || "http://localhost:7001",
      ].join(","),
      // Secrets come from the environment; only development and test may run on a throwaway value.
      jwtSecret: requiredSecret("JWT_SECRET"),
      cookieSecret: requiredSecret("COOKIE_SECRET"),
    },
    // The session cookie (the officials' console, Medusa's admin) is httpOnly; Strict keeps every
    // cross-site request from carrying it. Medusa makes it Secure in production and staging, and
    // express-session then sets it over HTTPS only: COOKIE_SECURE=false lets a production build be
    // tried over plain HTTP (the end-to-end tests, docker-compose on localhost).
    cookieOptions: { sameSite: "strict", ...(process.env.COOKIE_SECURE === "false" ? { secure: false } : {}) },
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
    backendUrl: process.env.MEDUSA_BACKEND_URL,
  },
  // zh/en content (products, categories, the origin records): Medusa's Translation Module, behind its
  // feature flag in every environment. The store's locales are zh-CN (the stored text) and en-US.
  featureFlags: { translation: true },
  modules: [
    { resolve: "@medusajs/medusa/translation" },
    { resolve: "./src/modules/origin" },
    { resolve: "./src/modules/counter" },
    { resolve: "./src/modules/support" },
    { resolve: "./src/modules/kiosk" },
    { resolve: "./src/modules/partner" },
    { resolve: "./src/modules/webhook-event" },
    fileModuleFromEnv(),
    ...redisModules,
    searchModule,
    ...paymentModules,
  ],
})
