/**
 * The store's locales (Medusa's Translation Module). Records hold their Chinese text; English is
 * their en-US translation. Medusa has no default locale: a request without `?locale=` or
 * `x-medusa-locale` (or with zh-CN, which has no translations) gets the stored Chinese.
 */
export const DEFAULT_LOCALE = "zh-CN"
export const ENGLISH = "en-US"
export const STORE_LOCALES = [DEFAULT_LOCALE, ENGLISH] as const
