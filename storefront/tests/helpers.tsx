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

/** next-intl's navigation needs the Next.js app router; tests get plain links with the locale prefix. */
export function mockNavigation(locale = "zh") {
  vi.doMock("@/i18n/navigation", () => ({
    Link: ({ href, children, locale: l, ...rest }: { href: string; children: ReactNode; locale?: string; [k: string]: unknown }) => (
      <a href={`/${l ?? locale}${href === "/" ? "" : href}`} {...rest}>
        {children}
      </a>
    ),
    usePathname: () => "/",
    useRouter: () => ({ push: vi.fn(), replace: vi.fn(), refresh: vi.fn() }),
    redirect: vi.fn(),
    getPathname: ({ href }: { href: string }) => href,
  }))
}
