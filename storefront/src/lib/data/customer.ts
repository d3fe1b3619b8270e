import "server-only"
import { sdk } from "../config"
import type { Customer } from "@onecounty/contracts/storefront"
import { statusOf } from "./errors"
import { getAuthHeaders } from "./cookies"

/** The logged-in customer, or null (no token, or an expired one). */
export async function retrieveCustomer(): Promise<Customer | null> {
  const headers = await getAuthHeaders()
  if (!headers.authorization) return null
  try {
    const { customer } = await sdk.client.fetch<{ customer: Customer }>("/store/customers/me", {
      method: "GET",
      query: { fields: "*addresses" },
      headers,
      cache: "no-store",
    })
    return customer
  } catch (e) {
    const s = statusOf(e)
    if (s === 401 || s === 403 || s === 404) return null
    throw e
  }
}
