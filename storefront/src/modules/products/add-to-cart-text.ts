import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { ACTION_ERRORS } from "@/lib/data/errors"
import type { AddToCartText } from "./AddToCart"

/** AddToCart's words in `locale`, read on the server. */
export async function addToCartText(locale: Locale): Promise<AddToCartText> {
  const t = await getTranslations({ locale, namespace: "product" })
  const e = await getTranslations({ locale, namespace: "errors" })
  return {
    variant: t("variant"),
    quantity: t("quantity"),
    addToCart: t("addToCart"),
    adding: t("adding"),
    added: t("added"),
    viewCart: t("viewCart"),
    outOfStock: t("outOfStock"),
    lowStock: t.raw("lowStock") as string,
    inStock: t("inStock"),
    errors: Object.fromEntries(ACTION_ERRORS.map((k) => [k, e(k)])) as Record<(typeof ACTION_ERRORS)[number], string>,
  }
}
