import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"
import { notFound } from "next/navigation"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { htmlLang, routing } from "@/i18n/routing"
import { Footer } from "@/modules/layout/Footer"
import { Header } from "@/modules/layout/Header"

// Pages are rendered on their first visit and then served from the cache (ISR): no backend is
// needed at build time.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "meta" })
  return {
    title: { default: t("title"), template: `%s · ${locale === "en" ? "OneCounty" : "一县一品"}` },
    description: t("description"),
    alternates: { languages: { "zh-CN": "/zh", en: "/en" } },
  }
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#b4232a" }

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  return (
    <html lang={htmlLang[locale]}>
      <body className="flex min-h-screen flex-col font-sans">
        {/* No NextIntlClientProvider here: the segments whose client components translate have their own (ClientMessages). */}
        <Header locale={locale} />
        <main id="main" className="flex-1">
          {children}
        </main>
        <Footer locale={locale} />
      </body>
    </html>
  )
}
