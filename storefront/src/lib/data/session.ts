import "server-only"
import { redirect } from "next/navigation"
import type { Customer } from "@onecounty/contracts/storefront"
import { retrieveCustomer } from "./customer"

/** The logged-in customer, or a redirect to the login page that comes back to `path`. */
export async function requireCustomer(locale: string, path: string): Promise<Customer> {
  const customer = await retrieveCustomer()
  if (!customer) redirect(`/${locale}/account/login?next=${encodeURIComponent(`/${locale}${path}`)}`)
  return customer
}
