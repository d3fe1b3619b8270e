import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import jwt from "jsonwebtoken"

function token(container: MedusaContainer, claims: Record<string, unknown>) {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  return jwt.sign(claims, config.projectConfig.http.jwtSecret as string, { expiresIn: "1h" })
}

/** Headers of a signed-in operator (Medusa admin user). */
export async function adminHeaders(container: MedusaContainer, email = "operator@onecounty.test") {
  const users = container.resolve(Modules.USER)
  const auth = container.resolve(Modules.AUTH)
  const [existing] = await users.listUsers({ email })
  const user = existing ?? (await users.createUsers({ email }))
  const identity = await auth.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: `${email}#${Date.now()}` }],
    app_metadata: { user_id: user.id },
  })
  const bearer = token(container, {
    actor_id: user.id,
    actor_type: "user",
    auth_identity_id: identity.id,
    app_metadata: { user_id: user.id },
  })
  return { headers: { authorization: `Bearer ${bearer}` } }
}

/** A publishable key for a new sales channel, with the headers a storefront sends. */
export async function storefront(container: MedusaContainer, name = "Test online") {
  const channels = container.resolve(Modules.SALES_CHANNEL)
  const keys = container.resolve(Modules.API_KEY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const channel = await channels.createSalesChannels({ name })
  const key = await keys.createApiKeys({ title: name, type: "publishable", created_by: "test" })
  await link.create({
    [Modules.API_KEY]: { publishable_key_id: key.id },
    [Modules.SALES_CHANNEL]: { sales_channel_id: channel.id },
  })
  return { channel, headers: { headers: { "x-publishable-api-key": key.token } } }
}

export type ActorHeaders = { headers: Record<string, string> }
type Api = { post: (url: string, body: unknown, config?: ActorHeaders) => Promise<{ status: number; data: any }> }

/** Headers of a signed-in customer (Medusa's customer actor). */
export async function customerHeaders(container: MedusaContainer, email = "customer@onecounty.test"): Promise<ActorHeaders> {
  const customers = container.resolve(Modules.CUSTOMER)
  const auth = container.resolve(Modules.AUTH)
  const customer = await customers.createCustomers({ email, has_account: true })
  const identity = await auth.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { customer_id: customer.id },
  })
  const bearer = token(container, {
    actor_id: customer.id,
    actor_type: "customer",
    auth_identity_id: identity.id,
    app_metadata: { customer_id: customer.id },
  })
  return { headers: { authorization: `Bearer ${bearer}` } }
}

/** An official created by an operator, signed in through the official emailpass route. */
export async function officialHeaders(
  api: Api,
  container: MedusaContainer,
  official: { email: string; district?: string; can_edit_targets?: boolean }
): Promise<ActorHeaders> {
  const password = "s3cret-pass"
  const created = await api.post(
    "/admin/reporting/officials",
    { name: official.email, password, ...official },
    await adminHeaders(container, `operator-of-${official.email}`)
  )
  if (created.status !== 201) throw new Error(`official not created: ${JSON.stringify(created.data)}`)
  const { data } = await api.post("/auth/official/emailpass", { email: official.email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** A kiosk device of the counter, registered with an operator's one-time setup code. */
export async function deviceHeaders(api: Api, container: MedusaContainer, counterId: string): Promise<ActorHeaders> {
  const admin = await adminHeaders(container, `operator-of-${counterId}@onecounty.test`)
  const code = await api.post(`/admin/counters/${counterId}/setup-codes`, {}, admin)
  const device = await api.post("/kiosk/devices", { code: code.data.setup_code.code }, { headers: {} })
  if (device.status !== 201) throw new Error(`device not registered: ${JSON.stringify(device.data)}`)
  return { headers: { "x-kiosk-device": device.data.device_token } }
}

/** A clerk signed in with their PIN on a device (both headers, as the kiosk sends them). */
export async function clerkHeaders(api: Api, device: ActorHeaders, clerkId: string, pin: string): Promise<ActorHeaders> {
  const res = await api.post("/kiosk/auth/pin", { clerk_id: clerkId, pin }, device)
  if (res.status !== 200) throw new Error(`clerk not signed in: ${JSON.stringify(res.data)}`)
  return { headers: { ...device.headers, authorization: `Bearer ${res.data.token}` } }
}
