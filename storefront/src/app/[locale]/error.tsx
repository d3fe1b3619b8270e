"use client"

import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors")
  return (
    <div className="container-page py-16" role="alert">
      <h1 className="text-2xl font-bold">{t("pageTitle")}</h1>
      <p className="mt-2 text-muted">{t("pageText")}</p>
      <div className="mt-6 flex gap-3">
        <button type="button" className="btn-primary" onClick={() => reset()}>
          {t("retry")}
        </button>
        <Link className="btn-secondary" href="/">
          {t("home")}
        </Link>
      </div>
    </div>
  )
}
