"use client"

import Link from "next/link"
import { useParams } from "next/navigation"

// Its own words rather than next-intl's: an error boundary is a client component on every page, and
// next-intl's client runtime would come with it into every page's first load.
const TEXT = {
  zh: { title: "页面出错了", text: "我们已记录这个问题。你可以重试，或返回首页。", retry: "重试", home: "返回首页" },
  en: { title: "Something went wrong", text: "We've noted the problem. Try again, or go back to the home page.", retry: "Try again", home: "Back to home" },
}

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useParams<{ locale: string }>().locale === "en" ? "en" : "zh"
  const t = TEXT[locale]
  return (
    <div className="container-page py-16" role="alert">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="mt-2 text-muted">{t.text}</p>
      <div className="mt-6 flex gap-3">
        <button type="button" className="btn-primary" onClick={() => reset()}>
          {t.retry}
        </button>
        <Link className="btn-secondary" href={`/${locale}`}>
          {t.home}
        </Link>
      </div>
    </div>
  )
}
