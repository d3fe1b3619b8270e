import { render } from "./render"
import { NextIntlClientProvider } from "next-intl"
import type { ReactElement, ReactNode } from "react"
import { vi } from "vitest"
import en from "../messages/en.json"
import zh from "../messages/zh.json"

export const messages = { zh, en } as const

export function renderIntl(ui: ReactElement, locale: "zh" | "en" = "zh") {
  return render(
    <NextIntlClientProvider locale={locale} messages={messages[locale]} timeZone="Asia/Shanghai">
      {ui}
    </NextIntlClientProvider>
  )
}

/** The server Link resolves the locale through next-intl/server; tests get plain links with the locale prefix. */
export function mockNavigation(locale = "zh") {
  vi.doMock("@/i18n/link", () => ({
    Link: ({ href, children, ...rest }: { href: string; children: ReactNode; [k: string]: unknown }) => (
      <a href={`/${locale}${href === "/" ? "" : href}`} {...rest}>
        {children}
      </a>
    ),
  }))
}

/** next-intl/server for server components rendered outside Next: translators over the real messages. */
export function mockIntlServer() {
  vi.doMock("next-intl/server", async () => {
    const { createTranslator, createFormatter } = await import("next-intl")
    const pick = (o: { locale?: string; namespace?: string } | string | undefined) => (typeof o === "string" ? { namespace: o } : (o ?? {}))
    return {
      getTranslations: async (o?: { locale?: string; namespace?: string } | string) => {
        const { locale = "zh", namespace } = pick(o)
        return createTranslator({ locale, messages: messages[locale as "zh" | "en"], namespace: namespace as never })
      },
      getFormatter: async (o?: { locale?: string }) => createFormatter({ locale: o?.locale ?? "zh", timeZone: "Asia/Shanghai" }),
      setRequestLocale: () => {},
      getLocale: async () => "zh",
    }
  })
}
