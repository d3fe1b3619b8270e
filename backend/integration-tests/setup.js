const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
process.env.DB_HOST = process.env.DB_HOST || "localhost"
process.env.DB_USERNAME = process.env.DB_USERNAME || "postgres"
process.env.DB_PASSWORD = process.env.DB_PASSWORD || ""
// Each test file counts its own rate limits, even with other files running against the same Redis.
process.env.RATE_LIMIT_PREFIX = `test-${process.pid}-${Date.now()}:rate-limit`
