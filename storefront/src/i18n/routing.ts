import { defineRouting } from "next-intl/routing"

export const locales = ["zh", "en"] as const
export type Locale = (typeof locales)[number]

/** Chinese first: `/` goes to `/zh`; the locale is always the first path segment. */
export const routing = defineRouting({
  locales,
  defaultLocale: "zh",
  localePrefix: "always",
  localeCookie: { name: "OC_LOCALE", maxAge: 60 * 60 * 24 * 365 },
})

/** BCP 47 tag for <html lang> and Intl formatting. */
export const htmlLang: Record<Locale, string> = { zh: "zh-CN", en: "en" }

/** The backend's locale (Medusa's Translation Module) for each route locale: zh-CN is the stored Chinese. */
export const storeLocale: Record<Locale, string> = { zh: "zh-CN", en: "en-US" }

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value)
}
