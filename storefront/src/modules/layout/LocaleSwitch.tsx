"use client"

import { Suspense } from "react"
import { useSearchParams } from "next/navigation"
import { useLocale, useTranslations } from "next-intl"
import { Link, usePathname } from "@/i18n/navigation"

function PathOnly() {
  const t = useTranslations("nav")
  const locale = useLocale()
  const pathname = usePathname()
  return <Inner href={pathname} other={locale === "zh" ? "en" : "zh"} label={t("languageLabel")} text={t("language")} />
}

function QueryAwareRoot() {
  return <QueryAware pathname={usePathname()} />
}

function QueryAware({ pathname }: { pathname: string }) {
  const t = useTranslations("nav")
  const locale = useLocale()
  const query = useSearchParams().toString()
  return <Inner href={query ? `${pathname}?${query}` : pathname} other={locale === "zh" ? "en" : "zh"} label={t("languageLabel")} text={t("language")} />
}

function Inner({ href, other, label, text }: { href: string; other: "zh" | "en"; label: string; text: string }) {
  return (
    <Link
      href={href}
      locale={other}
      hrefLang={other === "zh" ? "zh-CN" : "en"}
      className="inline-flex h-11 items-center rounded-lg px-2 text-sm font-medium hover:bg-stone-100"
      data-testid="locale-switch"
    >
      <span lang={other === "zh" ? "zh-CN" : "en"}>{text}</span>
      <span className="sr-only"> · {label}</span>
    </Link>
  )
}

/** The same page in the other language, query string (search, filters) included. */
export function LocaleSwitch() {
  return (
    <Suspense fallback={<PathOnly />}>
      <QueryAwareRoot />
    </Suspense>
  )
}
