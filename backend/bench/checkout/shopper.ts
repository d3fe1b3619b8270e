// One storefront checkout through the store API with the js-sdk, as the storefront makes it,
// each of the seven calls timed on its own.
import Medusa from "@medusajs/js-sdk"

export const CALLS = ["create cart", "add item", "address", "shipping options", "shipping method", "payment session", "complete"] as const
/** The seven calls and the whole checkout. */
export const STEPS = [...CALLS, "checkout"] as const
export type Call = (typeof STEPS)[number]
/** payment_provider_id: Medusa's system provider unless given (the soak pays with the demo provider,
 * which captures, so its orders are booked). */
export type Seed = { publishable_key: string; region_id: string; variant_ids: string[]; payment_provider_id?: string }
export type Timings = Record<Call, number[]>

const ADDRESS = {
  first_name: "晓明",
  last_name: "王",
  address_1: "南京西路1266号",
  city: "上海",
  province: "上海市",
  postal_code: "200040",
  country_code: "cn",
  phone: "13800138000",
}

export const emptyTimings = (): Timings => Object.fromEntries(STEPS.map((call) => [call, []])) as unknown as Timings

export function storeClient(baseUrl: string, seed: Seed) {
  return new Medusa({ baseUrl, publishableKey: seed.publishable_key, auth: { type: "session" } })
}

export async function checkout(sdk: Medusa, seed: Seed, n: number, timings: Timings) {
  const timed = async <T>(call: Call, run: () => Promise<T>) => {
    const started = performance.now()
    const result = await run().catch((error: unknown) => {
      throw new Error(`${call}: ${error instanceof Error ? error.message : String(error)}`)
    })
    timings[call].push(performance.now() - started)
    return result
  }
  const begun = performance.now()
  const variant_id = seed.variant_ids[n % seed.variant_ids.length]
  if (!variant_id) throw new Error("the seed has no variants")
  let { cart } = await timed("create cart", () => sdk.store.cart.create({ region_id: seed.region_id }))
  ;({ cart } = await timed("add item", () => sdk.store.cart.createLineItem(cart.id, { variant_id, quantity: 1 + (n % 3) })))
  ;({ cart } = await timed("address", () =>
    sdk.store.cart.update(cart.id, { email: `shopper${n}@bench.example`, shipping_address: ADDRESS, billing_address: ADDRESS })
  ))
  const { shipping_options } = await timed("shipping options", () => sdk.store.fulfillment.listCartOptions({ cart_id: cart.id }))
  const option = shipping_options[0]
  if (!option) throw new Error(`shipping options: none for cart ${cart.id}`)
  ;({ cart } = await timed("shipping method", () => sdk.store.cart.addShippingMethod(cart.id, { option_id: option.id })))
  await timed("payment session", () => sdk.store.payment.initiatePaymentSession(cart, { provider_id: seed.payment_provider_id ?? "pp_system_default" }))
  const completed = await timed("complete", () => sdk.store.cart.complete(cart.id))
  if (completed.type !== "order") {
    throw new Error(`cart ${cart.id} did not become an order: ${JSON.stringify(completed.error)}`)
  }
  timings.checkout.push(performance.now() - begun)
  return completed.order.id
}

/** `orders` checkouts by `concurrency` shoppers; returns the timings and orders per second. */
export async function shop(baseUrl: string, seed: Seed, orders: number, concurrency: number, offset = 0) {
  const timings = emptyTimings()
  const sdk = storeClient(baseUrl, seed)
  let next = 0
  let failures = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < orders) {
        const n = offset + next++
        try {
          await checkout(sdk, seed, n, timings)
        } catch (error) {
          failures++
          if (failures <= 3) {
            console.error(`checkout ${n} at ${baseUrl} failed:`, error instanceof Error ? error.message : error)
          }
        }
      }
    })
  )
  const seconds = (performance.now() - started) / 1000
  return { timings, orders: orders - failures, failures, ordersPerSecond: (orders - failures) / seconds }
}
