import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import { listCartShippingOptions, listPaymentProviders, nextCheckoutStep, retrieveCart, type CheckoutStep } from "@/lib/data/cart"
import { retrieveCustomer } from "@/lib/data/customer"
import { stripePublishableKey } from "@/lib/data/stripe"
import { formatAddressLine, fromMedusaAddress } from "@/lib/util/address"
import { formatCNY } from "@/lib/util/money"
import { maskMobile } from "@/lib/util/phone"
import { ItemList } from "@/modules/cart/ItemList"
import { Totals } from "@/modules/cart/Totals"
import { AddressStep } from "@/modules/checkout/AddressStep"
import { DeliveryStep } from "@/modules/checkout/DeliveryStep"
import { PaymentStep } from "@/modules/checkout/PaymentStep"

export const dynamic = "force-dynamic"

const ORDER: CheckoutStep[] = ["address", "delivery", "payment"]

type SectionProps = { id: CheckoutStep; step: CheckoutStep; title: string; editLabel: string; children: React.ReactNode; summary?: React.ReactNode }

/** One checkout step: open when it is the current one, its summary and an edit link once done. */
function Section({ id, step, title, editLabel, children, summary }: SectionProps) {
  const index = ORDER.indexOf(id)
  const current = step === id
  const done = index < ORDER.indexOf(step)
  return (
    <section className="card p-4" aria-labelledby={`step-${id}`} aria-current={current ? "step" : undefined}>
      <div className="flex items-center justify-between">
        <h2 id={`step-${id}`} className={`text-lg font-bold ${current || done ? "" : "text-muted"}`}>
          {index + 1}. {title}
        </h2>
        {done && (
          <Link href={`/checkout?step=${id}`} className="text-sm text-brand-700 underline">
            {editLabel}
          </Link>
        )}
      </div>
      {current ? <div className="mt-3">{children}</div> : done && summary ? <div className="mt-2 text-sm text-muted">{summary}</div> : null}
    </section>
  )
}

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "checkout" }))("title"), robots: { index: false } }
}

export default async function CheckoutPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<{ step?: string; payment?: string }>
}) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "checkout" })
  const cart = await retrieveCart()
  if (!cart || !cart.items?.length) redirect(`/${locale}/cart`)
  const customer = await retrieveCustomer()

  // A step can be revisited, never skipped: ?step= is capped by what the cart is ready for.
  const ready = nextCheckoutStep(cart)
  const query = await searchParams
  const requested = query.step as CheckoutStep | undefined
  const step = requested && ORDER.includes(requested) && ORDER.indexOf(requested) <= ORDER.indexOf(ready) ? requested : ready

  const savedAddress = cart.shipping_address?.address_1 ? fromMedusaAddress(cart.shipping_address) : null
  const defaultAddress = customer?.addresses?.find((a) => a.is_default_shipping) ?? customer?.addresses?.[0]
  const initial = {
    ...(savedAddress ?? (defaultAddress ? fromMedusaAddress(defaultAddress) : {})),
    email: cart.email ?? customer?.email ?? "",
  }
  if (!savedAddress && !defaultAddress && customer) {
    initial.name = [customer.last_name, customer.first_name].filter(Boolean).join("") || undefined
    initial.mobile = customer.phone ?? undefined
  }

  const options = step === "delivery" ? await listCartShippingOptions(cart.id) : []
  const providers = step === "payment" ? (await listPaymentProviders(cart.region_id!)).map((p) => p.id) : []
  const method = cart.shipping_methods?.[0]


  return (
    <div className="container-page py-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {!customer && (
        <p className="mt-2 text-sm text-muted">
          {t("loginHint")}{" "}
          <Link href={`/account/login?next=/${locale}/checkout`} className="text-brand-700 underline">
            {t("login")}
          </Link>
        </p>
      )}
      <div className="mt-4 grid gap-6 md:grid-cols-[1fr_20rem]">
        <div className="space-y-4">
          <Section
            id="address"
            step={step}
            title={t("steps.address")}
            editLabel={t("edit")}
            summary={
              savedAddress && (
                <>
                  <p>
                    {savedAddress.name} · {maskMobile(savedAddress.mobile)} · {cart.email}
                  </p>
                  <p>{formatAddressLine(savedAddress)}</p>
                </>
              )
            }
          >
            <AddressStep initial={initial} />
          </Section>
          <Section id="delivery" step={step} title={t("steps.delivery")} editLabel={t("edit")} summary={method && <p>{method.name} · {formatCNY(method.amount as number, locale)}</p>}>
            <DeliveryStep
              selected={method?.shipping_option_id ?? undefined}
              options={options.map((o) => ({
                id: o.id,
                name: o.name,
                price: formatCNY((o.calculated_price?.calculated_amount ?? o.amount) as number, locale),
                description: (o.type as { description?: string } | undefined)?.description,
              }))}
            />
          </Section>
          <Section id="payment" step={step} title={t("steps.payment")} editLabel={t("edit")}>
            <PaymentStep providers={providers} stripeKey={stripePublishableKey()} failed={query.payment === "failed"} />
          </Section>
        </div>
        <aside className="card h-fit space-y-3 p-4">
          <h2 className="font-bold">{t("summary")}</h2>
          <ItemList items={cart.items} locale={locale} />
          <Totals totals={cart} locale={locale} showShippingHint />
        </aside>
      </div>
    </div>
  )
}
