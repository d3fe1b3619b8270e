import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { deleteAddress } from "@/lib/actions/customer"
import { requireCustomer } from "@/lib/data/session"
import { formatAddressLine, fromMedusaAddress } from "@/lib/util/address"
import { maskMobile } from "@/lib/util/phone"
import { AccountNav } from "@/modules/account/AccountNav"
import { AddAddressForm } from "@/modules/account/AddressBook"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "account" }))("addresses"), robots: { index: false } }
}

export default async function AddressesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const customer = await requireCustomer(locale, "/account/addresses")
  const t = await getTranslations({ locale, namespace: "account" })
  const c = await getTranslations({ locale, namespace: "common" })
  const a = await getTranslations({ locale, namespace: "address" })
  const addresses = customer.addresses ?? []
  return (
    <div className="container-page space-y-6 py-6">
      <h1 className="text-2xl font-bold">{t("addresses")}</h1>
      <AccountNav locale={locale} current="/account/addresses" />
      {addresses.length ? (
        <ul className="grid gap-3 sm:grid-cols-2" data-testid="address-list">
          {addresses.map((m) => {
            const addr = fromMedusaAddress(m)
            return (
              <li key={m.id} className="card flex items-start justify-between gap-3 p-4">
                <div className="text-sm">
                  <p className="font-semibold">
                    {addr.name} · {maskMobile(addr.mobile)}
                    {m.is_default_shipping && <span className="ml-2 rounded bg-jade-50 px-1.5 text-xs text-jade-700">{a("default")}</span>}
                  </p>
                  <p className="text-muted">{formatAddressLine(addr)}</p>
                </div>
                <form action={deleteAddress}>
                  <input type="hidden" name="address_id" value={m.id} />
                  <button type="submit" className="min-h-11 px-2 text-sm text-brand-700 underline">
                    {c("delete")}
                  </button>
                </form>
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="text-muted">{t("noAddresses")}</p>
      )}
      <section className="card max-w-2xl p-4" aria-labelledby="add-address">
        <h2 id="add-address" className="mb-3 text-lg font-bold">
          {t("addAddress")}
        </h2>
        <AddAddressForm />
      </section>
    </div>
  )
}
