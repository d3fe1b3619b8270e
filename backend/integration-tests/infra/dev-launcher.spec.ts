/**
 * `npm run dev` as a newcomer runs it: the launcher (infra/dev.mjs) on a fresh database migrates,
 * seeds, starts the backend, the storefront, the console and the reporting worker. A storefront
 * order placed through the store API with @medusajs/js-sdk and the demo payment must reach the
 * officials' figures within seconds, booked by the worker the launcher started.
 */
import { spawn, type ChildProcess } from "child_process"
import net from "net"
import path from "path"
import Medusa from "@medusajs/js-sdk"
import { Client } from "pg"

jest.setTimeout(15 * 60_000)

const ROOT = path.resolve(__dirname, "../../..")
const ADMIN_DB = process.env.DB_ADMIN_URL || "postgres://postgres@localhost:5432/postgres"
const BACKEND = "http://localhost:9000"

async function sql<T>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(text, params)).rows as T[]
  } finally {
    await client.end()
  }
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect({ host: "127.0.0.1", port })
    s.on("connect", () => (s.destroy(), resolve(true)))
    s.on("error", () => resolve(false))
  })

describe("npm run dev (infra/dev.mjs)", () => {
  const stamp = `${Date.now().toString(36)}_${process.pid}`
  const database = `oc_dev_launcher_${stamp}`
  const databaseUrl = ADMIN_DB.replace(/\/[^/]*$/, `/${database}`)
  let launcher: ChildProcess | undefined
  let output = ""

  beforeAll(async () => {
    for (const port of [9000, 8000, 7001, 9464]) {
      if (await portOpen(port)) {
        throw new Error(`port ${port} is in use: stop the other OneCounty (npm run dev) before this test`)
      }
    }
    await sql(ADMIN_DB, `create database ${database}`)
  })

  afterAll(async () => {
    // Ctrl-C first: the launcher stops its children's process groups, which a SIGKILL would orphan
    if (launcher && launcher.exitCode === null) {
      process.kill(-launcher.pid!, "SIGINT")
      await new Promise((r) => setTimeout(r, 15_000))
      if (launcher.exitCode === null) process.kill(-launcher.pid!, "SIGKILL")
    }
    await sql(ADMIN_DB, `drop database if exists ${database} with (force)`)
  })

  it("starts the reporting worker with everything else; a storefront order is in the officials' progress within 10 s; Ctrl-C stops it all", async () => {
    const started = Date.now()
    launcher = spawn("node", ["infra/dev.mjs"], {
      cwd: ROOT,
      detached: true,
      env: {
        // as from a shell: jest's NODE_ENV=test is not what a newcomer has
        ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "NODE_ENV")),
        DATABASE_URL: databaseUrl,
        // a Redis database of the test's own: Medusa's event bus and the reporting queue live there
        REDIS_URL: `redis://127.0.0.1:6379/${1 + (process.pid % 14)}`,
        REPORTING_REDIS_URL: "",
        REPORTING_PREFIX: `launcher-${stamp}`,
        DEMO_SALES_ORDERS: "20",
        NO_COLOR: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    })
    launcher.stdout!.on("data", (d) => (output += d))
    launcher.stderr!.on("data", (d) => (output += d))
    const exited = new Promise<number | null>((resolve) => launcher!.on("exit", (code) => resolve(code)))

    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (/OneCounty is up/.test(output)) {
          clearInterval(timer)
          resolve()
        } else if (launcher!.exitCode !== null || Date.now() - started > 12 * 60_000) {
          clearInterval(timer)
          reject(new Error(`the launcher did not come up:\n${output.slice(-4000)}`))
        }
      }, 500)
    })
    const summary = output.slice(output.indexOf("OneCounty is up"))
    expect(summary).toMatch(/Reporting worker\s+http:\/\/localhost:9464\/metrics/)
    expect(summary).toMatch(/Kiosk setup code\s+[A-Z0-9]{8}/)
    expect(output).toMatch(/worker\s*\|.*Reporting worker consuming/)

    const [{ token }] = await sql<{ token: string }>(
      databaseUrl,
      "select token from api_key where type = 'publishable' and title = 'Online storefront' and revoked_at is null"
    )
    const sdk = new Medusa({ baseUrl: BACKEND, publishableKey: token })
    const signIn = await fetch(`${BACKEND}/auth/official/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "official@onecounty.cn", password: "Official2026!" }),
    })
    const official = { authorization: `Bearer ${(await signIn.json()).token}` }
    const year = Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()))
    const gross = async () => {
      const res = await fetch(`${BACKEND}/officials/reports/progress?year=${year}`, { headers: official })
      return Number((await res.json()).progress[0]?.gross_fen ?? 0)
    }
    const before = await gross()

    const { regions } = await sdk.store.region.list()
    const region = regions.find((r) => r.currency_code === "cny")!
    const { payment_providers } = await sdk.store.payment.listPaymentProviders({ region_id: region.id })
    expect(payment_providers.map((p) => p.id)).toEqual(["pp_demo_demo"])
    const { products } = await sdk.store.product.list({ region_id: region.id, limit: 1, fields: "id,variants.id,variants.calculated_price" })
    const variant = products[0].variants![0]
    let { cart } = await sdk.store.cart.create({ region_id: region.id, email: "launcher@test.cn" })
    ;({ cart } = await sdk.store.cart.createLineItem(cart.id, { variant_id: variant.id, quantity: 2 }))
    const address = { first_name: "测试", last_name: "用户", address_1: "人民大道200号", city: "上海", province: "上海市", postal_code: "200003", country_code: "cn", phone: "13800000000" }
    ;({ cart } = await sdk.store.cart.update(cart.id, { shipping_address: address, billing_address: address }))
    const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
    ;({ cart } = await sdk.store.cart.addShippingMethod(cart.id, { option_id: shipping_options[0].id }))
    await sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_demo_demo" })
    const placed = Date.now()
    const done = await sdk.store.cart.complete(cart.id)
    expect(done.type).toBe("order")

    const itemsFen = Math.round(Number(cart.item_total) * 100)
    let seen = 0
    while (Date.now() - placed < 10_000) {
      if ((await gross()) === before + itemsFen) {
        seen = Date.now() - placed
        break
      }
      await new Promise((r) => setTimeout(r, 100))
    }
    // the figure for the closing note: from the completed checkout to the officials' progress
    console.log(`dev launcher: up in ${((placed - started) / 1000).toFixed(0)} s; order ${itemsFen} fen in the officials' progress ${seen} ms after checkout`)
    expect(seen).toBeGreaterThan(0)

    process.kill(-launcher.pid!, "SIGINT")
    expect(await exited).toBe(0)
    for (const port of [9000, 9464]) {
      expect(await portOpen(port)).toBe(false)
    }
  })
})
