import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/link"
import { logout } from "@/lib/actions/customer"

const ITEMS = [
  ["/account", "title"],
  ["/account/orders", "orders"],
  ["/account/impact", "impact"],
  ["/account/profile", "profile"],
  ["/account/addresses", "addresses"],
] as const

export async function AccountNav({ locale, current }: { locale: string; current: string }) {
  const t = await getTranslations({ locale, namespace: "account" })
  return (
    <nav aria-label={t("title")} className="flex gap-1 overflow-x-auto border-b border-stone-200 pb-px text-sm">
      {ITEMS.map(([href, key]) => (
        <Link
          key={href}
          href={href}
          aria-current={current === href ? "page" : undefined}
          className={`whitespace-nowrap border-b-2 px-3 py-2.5 font-medium ${current === href ? "border-brand-600 text-ink" : "border-transparent text-muted hover:text-ink"}`}
        >
          {t(key)}
        </Link>
      ))}
      <form action={logout} className="ml-auto">
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="whitespace-nowrap px-3 py-2.5 text-muted hover:text-ink" data-testid="logout">
          {t("logout")}
        </button>
      </form>
    </nav>
  )
}
