import { Link } from "react-router"
import { formatCompact, formatPercent } from "../lib/format"
import { useI18n } from "../lib/i18n"
import { useCompleteness } from "./queries"
import type { CompletenessResponse } from "./types"

/**
 * The overview's sentence on partner reports: how much of the year's net sales they make up and
 * which partners are late. Nothing while loading or when there are no partners (or no access).
 */
export function PartnerShareLine({ link = true }: { link?: boolean }) {
  const { data } = useCompleteness()
  return data && data.partners.length ? <PartnerShareSentence data={data} link={link} /> : null
}

/** `link`: to the completeness view, left out on that view itself. */
export function PartnerShareSentence({ data, link = true }: { data: CompletenessResponse; link?: boolean }) {
  const { lang, name, t } = useI18n()
  const late = data.partners.filter((x) => x.late)
  return (
    <p className="rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm shadow-sm" data-testid="partner-share">
      {t("shareSentence", {
        year: data.year,
        share: formatPercent(data.partner_share),
        amount: formatCompact(data.partner_net_fen, lang),
        count: data.partners.length,
      })}{" "}
      <span className={late.length ? "font-medium text-red-700" : "text-slate-600"} data-testid="partner-late">
        {late.length ? t("lateSentence", { names: late.map((x) => name(x)).join(lang === "zh" ? "、" : ", ") }) : t("noneLate")}
      </span>{" "}
      {link && (
        <Link className="text-sky-700 hover:underline" to="/partners">
          {t("seeCompleteness")}
        </Link>
      )}
    </p>
  )
}
