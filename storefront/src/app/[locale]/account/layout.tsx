import type { ReactNode } from "react"
import { ClientMessages } from "@/i18n/ClientMessages"
import type { Locale } from "@/i18n/routing"

export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  return (
    <ClientMessages locale={locale as Locale} namespaces={["account", "address", "errors", "common"]}>
      {children}
    </ClientMessages>
  )
}
