import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import { retrieveCustomer } from "@/lib/data/customer"
import { RegisterForm } from "@/modules/account/AuthForms"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "account" }))("register") }
}

export default async function RegisterPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ next?: string }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const { next } = await searchParams
  if (await retrieveCustomer()) redirect(`/${locale}/account`)
  const t = await getTranslations({ locale, namespace: "account" })
  return (
    <div className="container-page max-w-md py-8">
      <h1 className="text-2xl font-bold">{t("registerTitle")}</h1>
      <div className="card mt-4 p-4">
        <RegisterForm next={next} />
      </div>
      <p className="mt-4 text-sm">
        {t("haveAccount")}{" "}
        <Link href="/account/login" className="text-brand-700 underline">
          {t("login")}
        </Link>
      </p>
    </div>
  )
}
