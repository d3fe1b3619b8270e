import { getTranslations } from "next-intl/server"
import type { CardLabels } from "../products/ProductCard"

export async function cardLabels(locale: string): Promise<CardLabels> {
  const t = await getTranslations({ locale, namespace: "common" })
  const p = await getTranslations({ locale, namespace: "product" })
  return { from: (price: string) => t("from", { price }), certified: p("certifiedBadge") }
}
