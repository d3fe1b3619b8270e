import { getFormatter, getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import type { Order } from "@onecounty/contracts/storefront"
import { formatAddressLine, fromMedusaAddress } from "@/lib/util/address"
import { maskMobile } from "@/lib/util/phone"
import { ItemList } from "../cart/ItemList"
import { Totals } from "../cart/Totals"

export async function OrderSummary({ order, locale }: { order: Order; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "order" })
  const format = await getFormatter({ locale })
  const address = order.shipping_address ? fromMedusaAddress(order.shipping_address) : null
  const status = t.has(`statuses.${order.status}`) ? t(`statuses.${order.status}` as "statuses.pending") : order.status
  return (
    <div className="grid gap-4 md:grid-cols-[1fr_20rem]">
      <section className="card px-4" aria-label={t("items")}>
        <ItemList items={order.items ?? []} locale={locale} />
      </section>
      <aside className="card h-fit space-y-3 p-4 text-sm">
        <dl className="space-y-1">
          <div className="flex justify-between">
            <dt className="text-muted">{t("number")}</dt>
            <dd data-testid="order-number">#{order.display_id}</dd>
          </div>
          <div className="flex justify-between">
            <dt className="text-muted">{t("date")}</dt>
            <dd>{format.dateTime(new Date(order.created_at ?? Date.now()), { dateStyle: "medium", timeStyle: "short" })}</dd>
          </div>
          <div className="flex justify-between">
            <dt className="text-muted">{t("status")}</dt>
            <dd>{status}</dd>
          </div>
        </dl>
        {address && (
          <div>
            <p className="text-muted">{t("shipTo")}</p>
            <p>
              {address.name} · {maskMobile(address.mobile)}
            </p>
            <p>{formatAddressLine(address)}</p>
          </div>
        )}
        {order.shipping_methods?.[0] && (
          <p>
            <span className="text-muted">{t("shippingMethod")}: </span>
            {order.shipping_methods[0].name}
          </p>
        )}
        <Totals totals={order} locale={locale} />
      </aside>
    </div>
  )
}
