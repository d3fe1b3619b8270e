/** A path of the shop in a locale: `/products` → `/zh/products`, `/` → `/zh` (the locale always leads). */
export function localePath(locale: string, href: string): string {
  if (!href.startsWith("/")) return href
  return href === "/" ? `/${locale}` : `/${locale}${href}`
}

/** The same page in another locale: `/zh/products/x` → `/en/products/x`. */
export function switchLocalePath(pathname: string, locale: string): string {
  const rest = pathname.replace(/^\/[^/]+/, "")
  return localePath(locale, rest || "/")
}
