import { randomBytes } from "node:crypto"
import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import Stripe from "stripe"

/**
 * A local stand-in for the part of Stripe's API that Medusa's Stripe provider calls: payment
 * intents (create, retrieve, update, confirm, capture, cancel) and refunds. It keeps the states
 * and errors Stripe documents (a capture of a captured intent is `payment_intent_unexpected_state`
 * carrying the intent; a refund of a refunded charge is `charge_already_refunded`) and, like
 * Stripe, sends a signed event to the webhook URL on every state change, signed by the stripe
 * library's own test-header helper.
 */

type Intent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  status: "requires_payment_method" | "requires_confirmation" | "requires_capture" | "succeeded" | "canceled"
  capture_method: "automatic" | "manual"
  payment_method: string | null
  payment_method_types: string[]
  payment_method_options: Record<string, unknown>
  metadata: Record<string, string>
  description: string | null
  client_secret: string
  last_payment_error: null
  created: number
  livemode: false
}

type Refund = { id: string; object: "refund"; amount: number; currency: string; payment_intent: string; status: "succeeded" }

export type Delivery = { type: string; status: number }

type Form = { [key: string]: string | Form }

/** Stripe's form encoding (`a[b][0]=c`) into nested objects; arrays come back keyed "0", "1"… */
export function parseStripeForm(body: string): Form {
  const out: Form = {}
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.replace(/\]/g, "").split("[")
    let node = out
    path.slice(0, -1).forEach((part) => {
      node[part] = (node[part] as Form) ?? {}
      node = node[part] as Form
    })
    node[path[path.length - 1]] = value
  }
  return out
}

const list = (value: string | Form | undefined) => (value === undefined ? undefined : typeof value === "string" ? [value] : Object.values(value as Record<string, string>))
const id = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`

class StripeError extends Error {
  constructor(readonly status: number, readonly body: Record<string, unknown>) {
    super(String(body.message))
  }
}

function unexpectedState(intent: Intent, action: string) {
  return new StripeError(400, {
    type: "invalid_request_error",
    code: "payment_intent_unexpected_state",
    message: `This PaymentIntent could not be ${action} because it has a status of ${intent.status}.`,
    payment_intent: intent,
  })
}

export class StripeStandIn {
  readonly apiKey = `sk_test_${randomBytes(8).toString("hex")}`
  readonly webhookSecret = `whsec_${randomBytes(16).toString("hex")}`
  readonly intents = new Map<string, Intent>()
  readonly refunds: Refund[] = []
  readonly deliveries: Delivery[] = []
  /** Where events go; none are sent until it is set. */
  webhookUrl?: string
  private server?: Server
  private sending: Promise<unknown> = Promise.resolve()

  async start(): Promise<{ host: string; port: number }> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(
        (body) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body)),
        (error: unknown) => {
          const known = error instanceof StripeError ? error : new StripeError(500, { type: "api_error", message: String(error) })
          res.writeHead(known.status, { "content-type": "application/json" }).end(JSON.stringify({ error: known.body }))
        }
      )
    })
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve))
    return { host: "127.0.0.1", port: (this.server.address() as AddressInfo).port }
  }

  async close() {
    await this.sending
    await new Promise((resolve) => this.server?.close(resolve))
  }

  /** Resolves once every event sent so far has been answered. */
  settled() {
    return this.sending
  }

  /** A signed event as Stripe would send it; `at` backdates the signature. */
  signedEvent(type: string, object: unknown, at = Math.floor(Date.now() / 1000)) {
    const payload = JSON.stringify({ id: id("evt"), object: "event", type, created: at, livemode: false, data: { object } })
    const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: this.webhookSecret, timestamp: at })
    return { payload, header }
  }

  private emit(type: string, intent: Intent) {
    const url = this.webhookUrl
    if (!url) {
      return
    }
    const { payload, header } = this.signedEvent(type, { ...intent })
    this.sending = this.sending.then(async () => {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "stripe-signature": header }, body: payload })
      this.deliveries.push({ type, status: res.status })
    })
  }

  private async handle(req: IncomingMessage) {
    if (req.headers.authorization !== `Bearer ${this.apiKey}`) {
      throw new StripeError(401, { type: "invalid_request_error", message: "Invalid API Key provided" })
    }
    const chunks: Buffer[] = []
    for await (const chunk of req) {
      chunks.push(chunk as Buffer)
    }
    const url = new URL(req.url ?? "/", "http://stand-in")
    const form = parseStripeForm(req.method === "GET" ? url.search.slice(1) : Buffer.concat(chunks).toString())
    const [, version, resource, intentId, action] = url.pathname.split("/")
    if (version !== "v1") {
      throw new StripeError(404, { type: "invalid_request_error", message: `Unrecognized request URL (${url.pathname})` })
    }
    if (resource === "refunds" && req.method === "POST") {
      return this.refund(form)
    }
    if (resource !== "payment_intents") {
      throw new StripeError(404, { type: "invalid_request_error", message: `Unrecognized request URL (${url.pathname})` })
    }
    if (!intentId) {
      return this.expand(this.create(form), form)
    }
    const intent = this.intents.get(intentId)
    if (!intent) {
      throw new StripeError(404, { type: "invalid_request_error", code: "resource_missing", message: `No such payment_intent: '${intentId}'` })
    }
    if (req.method === "GET") {
      return this.expand(intent, form)
    }
    switch (action) {
      case undefined:
        return this.expand(this.update(intent, form), form)
      case "confirm":
        return this.expand(this.confirm(intent, form), form)
      case "capture":
        return this.capture(intent, form)
      case "cancel":
        return this.cancel(intent)
      default:
        throw new StripeError(404, { type: "invalid_request_error", message: `Unrecognized request URL (${url.pathname})` })
    }
  }

  private expand(intent: Intent, form: Form) {
    const paymentMethod = intent.payment_method
    return list(form.expand)?.includes("payment_method") && paymentMethod
      ? { ...intent, payment_method: { id: paymentMethod, object: "payment_method", type: intent.payment_method_types[0] } }
      : intent
  }

  private create(form: Form): Intent {
    const amount = Number(form.amount)
    if (!Number.isInteger(amount) || amount < 1) {
      throw new StripeError(400, { type: "invalid_request_error", param: "amount", message: "Invalid positive integer" })
    }
    const intentId = id("pi")
    const intent: Intent = {
      id: intentId,
      object: "payment_intent",
      amount,
      amount_capturable: 0,
      amount_received: 0,
      currency: String(form.currency),
      status: "requires_payment_method",
      capture_method: form.capture_method === "manual" ? "manual" : "automatic",
      payment_method: null,
      payment_method_types: list(form.payment_method_types) ?? ["card"],
      payment_method_options: (form.payment_method_options as Form) ?? {},
      metadata: (form.metadata as Record<string, string>) ?? {},
      description: (form.description as string) ?? null,
      client_secret: `${intentId}_secret_${randomBytes(8).toString("hex")}`,
      last_payment_error: null,
      created: Math.floor(Date.now() / 1000),
      livemode: false,
    }
    this.intents.set(intentId, intent)
    this.emit("payment_intent.created", intent)
    return form.confirm === "true" ? this.confirm(intent, form) : intent
  }

  private update(intent: Intent, form: Form): Intent {
    if (intent.status === "succeeded" || intent.status === "canceled") {
      throw unexpectedState(intent, "updated")
    }
    if (form.amount !== undefined) {
      intent.amount = Number(form.amount)
    }
    Object.assign(intent.metadata, form.metadata ?? {})
    return intent
  }

  private confirm(intent: Intent, form: Form): Intent {
    if (intent.status !== "requires_payment_method" && intent.status !== "requires_confirmation") {
      throw unexpectedState(intent, "confirmed")
    }
    const paymentMethod = (form.payment_method as string) ?? intent.payment_method
    if (!paymentMethod) {
      throw new StripeError(400, { type: "invalid_request_error", param: "payment_method", message: "You must provide a payment method" })
    }
    intent.payment_method = paymentMethod
    if (intent.capture_method === "manual") {
      intent.status = "requires_capture"
      intent.amount_capturable = intent.amount
      this.emit("payment_intent.amount_capturable_updated", intent)
    } else {
      intent.status = "succeeded"
      intent.amount_received = intent.amount
      this.emit("payment_intent.succeeded", intent)
    }
    return intent
  }

  private capture(intent: Intent, form: Form): Intent {
    if (intent.status !== "requires_capture") {
      throw unexpectedState(intent, "captured")
    }
    const amount = form.amount_to_capture ? Number(form.amount_to_capture) : intent.amount_capturable
    if (amount > intent.amount_capturable) {
      throw new StripeError(400, { type: "invalid_request_error", param: "amount_to_capture", message: "amount_to_capture exceeds the capturable amount" })
    }
    intent.status = "succeeded"
    intent.amount_received = amount
    intent.amount_capturable = 0
    this.emit("payment_intent.succeeded", intent)
    return intent
  }

  private cancel(intent: Intent): Intent {
    if (intent.status === "succeeded" || intent.status === "canceled") {
      throw unexpectedState(intent, "canceled")
    }
    intent.status = "canceled"
    intent.amount_capturable = 0
    this.emit("payment_intent.canceled", intent)
    return intent
  }

  private refund(form: Form): Refund {
    const intent = this.intents.get(String(form.payment_intent))
    if (!intent) {
      throw new StripeError(404, { type: "invalid_request_error", code: "resource_missing", param: "payment_intent", message: `No such payment_intent: '${form.payment_intent}'` })
    }
    if (intent.status !== "succeeded") {
      throw new StripeError(400, { type: "invalid_request_error", code: "charge_not_captured", message: "This PaymentIntent has no captured charge to refund." })
    }
    const refunded = this.refunds.filter((r) => r.payment_intent === intent.id).reduce((sum, r) => sum + r.amount, 0)
    const left = intent.amount_received - refunded
    if (left <= 0) {
      throw new StripeError(400, { type: "invalid_request_error", code: "charge_already_refunded", message: "Charge has already been refunded." })
    }
    const amount = form.amount ? Number(form.amount) : left
    if (!Number.isInteger(amount) || amount < 1 || amount > left) {
      throw new StripeError(400, { type: "invalid_request_error", param: "amount", message: `Refund amount (${amount}) is greater than the unrefunded amount (${left}).` })
    }
    const refund: Refund = { id: id("re"), object: "refund", amount, currency: intent.currency, payment_intent: intent.id, status: "succeeded" }
    this.refunds.push(refund)
    return refund
  }
}
