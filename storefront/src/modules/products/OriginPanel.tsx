import { getFormatter, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import type { Product } from "@onecounty/contracts/storefront"
import { certificationStatus, currentPairing, districtOf, nameOf } from "@/lib/util/origin"

function Row({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="flex justify-between gap-4 border-b border-stone-100 py-2 last:border-0" data-testid={testId}>
      <dt className="shrink-0 text-muted">{label}</dt>
      <dd className="text-right font-medium">{children}</dd>
    </div>
  )
}

/** County, partner district, supplier and certification of a product (the store API's public origin fields). */
export async function OriginPanel({ product, locale, now = new Date() }: { product: Product; locale: Locale; now?: Date }) {
  const t = await getTranslations({ locale, namespace: "product" })
  const format = await getFormatter({ locale })
  const { county, supplier, certification } = product
  const pairing = currentPairing(county?.pairings, now)
  const status = certificationStatus(certification, now)
  const date = (d: string | null | undefined) => (d ? format.dateTime(new Date(d), { year: "numeric", month: "2-digit", day: "2-digit" }) : "…")
  return (
    <section className="card p-4" aria-labelledby="origin-title" data-testid="origin-panel">
      <h2 id="origin-title" className="text-lg font-bold">
        {t("origin")}
      </h2>
      <dl className="mt-2 text-sm">
        <Row label={t("county")} testId="origin-county">
          {county ? (
            <Link href={`/counties/${county.code}`} className="text-brand-700 underline-offset-4 hover:underline">
              {[nameOf(county.prefecture?.province, locale), nameOf(county.prefecture, locale), nameOf(county, locale)].filter(Boolean).join(" · ")}
            </Link>
          ) : (
            t("unknown")
          )}
        </Row>
        <Row label={t("partner")} testId="origin-partner">
          {pairing ? districtOf(pairing, locale) : t("unknown")}
        </Row>
        <Row label={t("supplier")} testId="origin-supplier">
          {supplier?.name ?? t("unknown")}
        </Row>
        <Row label={t("certification")} testId="origin-certification">
          {certification?.number ? (
            <span className="font-mono">{certification.number}</span>
          ) : (
            t("noCertification")
          )}
        </Row>
        {certification?.number && (
          <>
            {certification.issuer && <Row label={t("issuer")}>{certification.issuer}</Row>}
            <Row label={t("validity")} testId="origin-validity">
              {t("validUntil", { from: date(certification.issued_at), to: date(certification.expires_at) })}{" "}
              <span className={status === "valid" ? "rounded bg-jade-50 px-1.5 text-jade-700" : "rounded bg-brand-50 px-1.5 text-brand-800"}>
                {status === "valid" ? t("certValid") : t("certExpired")}
              </span>
            </Row>
          </>
        )}
      </dl>
    </section>
  )
}
