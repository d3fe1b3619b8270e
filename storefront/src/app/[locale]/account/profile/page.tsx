import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { requireCustomer } from "@/lib/data/session"
import { AccountNav } from "@/modules/account/AccountNav"
import { ProfileForm } from "@/modules/account/ProfileForm"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "account" }))("profile"), robots: { index: false } }
}

export default async function ProfilePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const customer = await requireCustomer(locale, "/account/profile")
  const t = await getTranslations({ locale, namespace: "account" })
  return (
    <div className="container-page space-y-6 py-6">
      <h1 className="text-2xl font-bold">{t("profile")}</h1>
      <AccountNav locale={locale} current="/account/profile" />
      <div className="card max-w-xl p-4">
        <ProfileForm customer={{ email: customer.email, first_name: customer.first_name, last_name: customer.last_name, phone: customer.phone }} />
      </div>
    </div>
  )
}
