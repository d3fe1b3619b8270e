import type { ReactNode } from "react"
import { NextIntlClientProvider } from "next-intl"
import { getMessages, setRequestLocale } from "next-intl/server"
import type { Locale } from "./routing"

/**
 * next-intl for the client components below it, with only the namespaces they use. Only the
 * segments whose forms translate in the browser (cart, checkout, account) have one: the catalogue
 * pages send no messages and load no translation runtime.
 */
export async function ClientMessages({ locale, namespaces, children }: { locale: Locale; namespaces: string[]; children: ReactNode }) {
  setRequestLocale(locale)
  const messages = await getMessages()
  return (
    <NextIntlClientProvider locale={locale} messages={Object.fromEntries(namespaces.map((n) => [n, messages[n]]))} timeZone="Asia/Shanghai">
      {children}
    </NextIntlClientProvider>
  )
}

/** The layout of a segment whose client components translate with these namespaces. */
export function clientMessagesLayout(namespaces: string[]) {
  return async function Layout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
    const { locale } = await params
    return (
      <ClientMessages locale={locale as Locale} namespaces={namespaces}>
        {children}
      </ClientMessages>
    )
  }
}
