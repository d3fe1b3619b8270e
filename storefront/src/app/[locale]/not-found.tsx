import { useTranslations } from "next-intl"
import { Link } from "@/i18n/link"

export default function NotFound() {
  const t = useTranslations("errors")
  return (
    <div className="container-page py-16">
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-muted">{t("notFoundText")}</p>
      <Link className="btn-primary mt-6" href="/">
        {t("home")}
      </Link>
    </div>
  )
}
