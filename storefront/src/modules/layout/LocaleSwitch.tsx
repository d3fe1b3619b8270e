"use client"

import { useLocale, useTranslations } from "next-intl"
import { Link, usePathname } from "@/i18n/navigation"

export function LocaleSwitch() {
  const t = useTranslations("nav")
  const locale = useLocale()
  const pathname = usePathname()
  const other = locale === "zh" ? "en" : "zh"
  return (
    <Link
      href={pathname}
      locale={other}
      hrefLang={other === "zh" ? "zh-CN" : "en"}
      aria-label={t("languageLabel")}
      className="inline-flex h-11 items-center rounded-lg px-2 text-sm font-medium hover:bg-stone-100"
    >
      {t("language")}
    </Link>
  )
}
