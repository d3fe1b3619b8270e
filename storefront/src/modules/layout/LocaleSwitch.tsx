"use client"

import { Suspense } from "react"
import { usePathname, useSearchParams } from "next/navigation"
import { switchLocalePath } from "@/i18n/paths"

type Props = { locale: "zh" | "en"; text: string; label: string }

function QueryAware(props: Props) {
  const query = useSearchParams().toString()
  return <Inner {...props} search={query ? `?${query}` : ""} />
}

/**
 * A full page load, so that the locale routing sets the OC_LOCALE cookie on the way (a client-side
 * navigation could be answered from the router cache).
 */
function Inner({ locale, text, label, search }: Props & { search: string }) {
  const other = locale === "zh" ? "en" : "zh"
  const lang = other === "zh" ? "zh-CN" : "en"
  return (
    <a
      href={`${switchLocalePath(usePathname(), other)}${search}`}
      hrefLang={lang}
      className="inline-flex h-11 items-center rounded-lg px-2 text-sm font-medium hover:bg-stone-100"
      data-testid="locale-switch"
    >
      <span lang={lang}>{text}</span>
      <span className="sr-only"> · {label}</span>
    </a>
  )
}

/**
 * The same page in the other language, query string (search, filters) included. Static pages
 * render it without the query (`useSearchParams` waits for the browser); the words come from
 * the server so that the header needs no translation runtime.
 */
export function LocaleSwitch(props: Props) {
  return (
    <Suspense fallback={<Inner {...props} search="" />}>
      <QueryAware {...props} />
    </Suspense>
  )
}
