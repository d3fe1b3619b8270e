import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/link"

export async function Footer({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "footer" })
  const nav = await getTranslations({ locale, namespace: "nav" })
  return (
    <footer className="mt-16 border-t border-stone-200 bg-white">
      <div className="container-page grid gap-6 py-8 text-sm text-muted sm:grid-cols-3">
        <p className="sm:col-span-2">{t("about")}</p>
        <ul className="space-y-2">
          <li>
            <Link className="underline-offset-4 hover:underline" href="/places">{t("pairing")}</Link>
          </li>
          <li>
            <Link className="underline-offset-4 hover:underline" href="/products">{nav("products")}</Link>
          </li>
          <li>
            <Link className="underline-offset-4 hover:underline" href="/account/impact">{t("impact")}</Link>
          </li>
        </ul>
      </div>
    </footer>
  )
}
