import type { MedusaContainer } from "@medusajs/framework/types"
import { FeatureFlag, MedusaError, Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow, createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import type { SeedSecrets } from "./secrets"

const ADMIN_EMAIL = "admin@onecounty.cn"
const CUSTOMER_EMAIL = "demo@onecounty.cn"

/**
 * An emailpass identity for the address, as `POST /auth/<actor>/emailpass/register` creates. One
 * left by an earlier run that stopped before the account was created is reused.
 */
async function registerIdentity(container: MedusaContainer, email: string, password: string) {
  const auth = container.resolve(Modules.AUTH)
  const [existing] = await auth.listProviderIdentities({ provider: "emailpass", entity_id: email })
  if (existing) {
    return existing.auth_identity_id as string
  }
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${email}: ${error ?? "could not register"}`)
  }
  return authIdentity.id
}

// As `medusa user` does: with role-based access control on, the operator is a super admin.
async function operatorRoles(container: MedusaContainer): Promise<string[]> {
  if (!FeatureFlag.isFeatureEnabled("rbac")) {
    return []
  }
  const rbac = container.resolve(Modules.RBAC)
  const roles = await rbac.listRbacRoles({ id: "role_super_admin" })
  return roles.map((r: { id: string }) => r.id)
}

async function ensureOperator(container: MedusaContainer, secrets: SeedSecrets) {
  const users = container.resolve(Modules.USER)
  if ((await users.listUsers({ email: ADMIN_EMAIL })).length) {
    return 0
  }
  const password = secrets.adminPassword
  await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: await registerIdentity(container, ADMIN_EMAIL, password),
      userData: {
        email: ADMIN_EMAIL,
        first_name: "运营",
        last_name: "管理员",
        roles: await operatorRoles(container),
      },
    },
  })
  return 1
}

async function ensureDemoCustomer(container: MedusaContainer, secrets: SeedSecrets) {
  const customers = container.resolve(Modules.CUSTOMER)
  if ((await customers.listCustomers({ email: CUSTOMER_EMAIL, has_account: true })).length) {
    return 0
  }
  const password = secrets.customerPassword
  const name = { first_name: "小明", last_name: "王" }
  const phone = "13800000000"
  await createCustomerAccountWorkflow(container).run({
    input: {
      authIdentityId: await registerIdentity(container, CUSTOMER_EMAIL, password),
      customerData: {
        ...name,
        email: CUSTOMER_EMAIL,
        phone,
        addresses: [
          {
            ...name,
            phone,
            address_name: "家 Home",
            address_1: "徐汇区漕溪北路88号",
            address_2: "3号楼1201室",
            city: "上海",
            province: "上海市",
            postal_code: "200030",
            country_code: "cn",
            is_default_shipping: true,
            is_default_billing: true,
          },
        ],
      },
    },
  })
  return 1
}

/** Step 9: the operator's admin account and a demo customer with a Shanghai address. */
export async function seedAccounts(container: MedusaContainer, secrets: SeedSecrets) {
  return { total: 2, created: (await ensureOperator(container, secrets)) + (await ensureDemoCustomer(container, secrets)) }
}
