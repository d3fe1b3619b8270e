import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import { SearchIcon, UserIcon } from "../common/icons"
import { CartBadge } from "./CartBadge"
import { LocaleSwitch } from "./LocaleSwitch"

/** Static header: no cookies are read on the server (the cart badge reads its own cookie). */
export async function Header({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "nav" })
  return (
    <header className="sticky top-0 z-30 border-b border-stone-200 bg-white/95 backdrop-blur">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
        {t("skip")}
      </a>
      <div className="container-page flex items-center gap-2 py-2">
        <Link href="/" className="mr-auto flex items-center gap-2 text-lg font-bold text-brand-700">
          <span aria-hidden="true" className="inline-flex h-8 w-8 items-center justify-center rounded-md bg-brand-600 text-sm text-white">
            县
          </span>
          {t("brand")}
        </Link>
        <form action={`/${locale}/products`} method="get" role="search" className="hidden flex-1 md:block md:max-w-md">
          <SearchField id="search-wide" label={t("search")} placeholder={t("searchPlaceholder")} />
        </form>
        <LocaleSwitch locale={locale} text={t("language")} label={t("languageLabel")} />
        <Link href="/account" className="inline-flex h-11 w-11 items-center justify-center rounded-lg hover:bg-stone-100" aria-label={t("account")} data-testid="account-link">
          <UserIcon />
        </Link>
        <CartBadge locale={locale} label={t.raw("cartCount") as string} />
      </div>
      <div className="container-page pb-2 md:hidden">
        <form action={`/${locale}/products`} method="get" role="search">
          <SearchField id="search-narrow" label={t("search")} placeholder={t("searchPlaceholder")} />
        </form>
      </div>
      <nav aria-label={t("menu")} className="container-page -mb-px flex gap-1 overflow-x-auto text-sm">
        <NavLink href="/">{t("home")}</NavLink>
        <NavLink href="/places">{t("places")}</NavLink>
        <NavLink href="/products">{t("products")}</NavLink>
        <NavLink href="/categories">{t("categories")}</NavLink>
      </nav>
    </header>
  )
}

function SearchField({ id, label, placeholder }: { id: string; label: string; placeholder: string }) {
  return (
    <div className="relative">
      <label className="sr-only" htmlFor={id}>
        {label}
      </label>
      <input id={id} name="q" type="search" enterKeyHint="search" placeholder={placeholder} className="input pr-12" data-testid="search-input" />
      <button type="submit" className="absolute right-0 top-0 inline-flex h-11 w-11 items-center justify-center text-muted" aria-label={label}>
        <SearchIcon />
      </button>
    </div>
  )
}

function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className="whitespace-nowrap border-b-2 border-transparent px-3 py-2.5 font-medium text-muted hover:border-brand-600 hover:text-ink">
      {children}
    </Link>
  )
}
