import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { formatCNY } from "@/lib/util/money"

type TotalsLike = {
  item_subtotal?: number | null
  item_total?: number | null
  subtotal?: number | null
  shipping_total?: number | null
  tax_total?: number | null
  discount_total?: number | null
  total?: number | null
  shipping_methods?: unknown[] | null
}

export async function Totals({ totals, locale, showShippingHint = false }: { totals: TotalsLike; locale: Locale; showShippingHint?: boolean }) {
  const t = await getTranslations({ locale, namespace: "cart" })
  const items = totals.item_subtotal ?? totals.item_total ?? totals.subtotal ?? 0
  const hasShipping = (totals.shipping_methods?.length ?? 0) > 0
  return (
    <dl className="space-y-1 text-sm" data-testid="totals">
      <div className="flex justify-between">
        <dt className="text-muted">{t("subtotal")}</dt>
        <dd>{formatCNY(items, locale)}</dd>
      </div>
      <div className="flex justify-between">
        <dt className="text-muted">{t("shipping")}</dt>
        <dd>{hasShipping || !showShippingHint ? formatCNY(totals.shipping_total ?? 0, locale) : t("shippingAtCheckout")}</dd>
      </div>
      {!!totals.discount_total && (
        <div className="flex justify-between">
          <dt className="text-muted">{t("discount")}</dt>
          <dd>−{formatCNY(totals.discount_total, locale)}</dd>
        </div>
      )}
      {!!totals.tax_total && (
        <div className="flex justify-between">
          <dt className="text-muted">{t("tax")}</dt>
          <dd>{formatCNY(totals.tax_total, locale)}</dd>
        </div>
      )}
      <div className="flex justify-between border-t border-stone-200 pt-2 text-base font-bold">
        <dt>{t("total")}</dt>
        <dd data-testid="grand-total">{formatCNY(totals.total ?? 0, locale)}</dd>
      </div>
    </dl>
  )
}
