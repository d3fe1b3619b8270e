#!/usr/bin/env node
// Runs a command (next dev / next start) with MEDUSA_PUBLISHABLE_KEY set. When the key is not in
// the environment (e.g. under the root `npm run dev` launcher) and DATABASE_URL points at the
// backend's database, the "Online storefront" key is read from there. Development convenience
// only: production sets MEDUSA_PUBLISHABLE_KEY explicitly.
import { spawn } from "node:child_process"

const env = { ...process.env }
if (!env.MEDUSA_PUBLISHABLE_KEY && !env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY && env.DATABASE_URL) {
  try {
    const { default: pg } = await import("pg")
    const client = new pg.Client({ connectionString: env.DATABASE_URL, connectionTimeoutMillis: 3000 })
    await client.connect()
    const { rows } = await client.query(
      "select token from api_key where type = 'publishable' and revoked_at is null order by (title = 'Online storefront') desc, created_at limit 1"
    )
    await client.end()
    if (rows[0]?.token) {
      env.MEDUSA_PUBLISHABLE_KEY = rows[0].token
      console.log("storefront: using the publishable key from DATABASE_URL")
    }
  } catch (e) {
    console.warn(`storefront: could not read a publishable key from DATABASE_URL (${e.message}); set MEDUSA_PUBLISHABLE_KEY`)
  }
}
if (!env.MEDUSA_PUBLISHABLE_KEY && !env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY) {
  console.warn("storefront: MEDUSA_PUBLISHABLE_KEY is not set: store API calls will be refused (run the seed, then set it)")
}
const [cmd, ...args] = process.argv.slice(2)
const child = spawn(cmd, args, { stdio: "inherit", env })
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig))
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
