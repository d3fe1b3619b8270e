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
