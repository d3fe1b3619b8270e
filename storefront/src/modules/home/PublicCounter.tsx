import { useTranslations } from "next-intl"
import type { PublicStats } from "@/lib/data/stats"
import { formatCompactCNY } from "@/lib/util/money"

/**
 * "This year Shanghai shoppers bought ¥X from N paired counties"; before the year's first counted
 * sale, or when the figure cannot be read, it names the paired counties instead.
 */
export function PublicCounter({ stats, countyCount, locale }: { stats: PublicStats | null; countyCount: number; locale: string }) {
  const t = useTranslations("home")
  return (
    <p className="mt-6 rounded-lg bg-black/20 px-4 py-3 text-sm sm:text-base" data-testid="public-counter">
      {stats && stats.county_count > 0 ? (
        <>
          {t("counterTitle", { counties: stats.county_count })}{" "}
          <strong className="text-xl">{formatCompactCNY(stats.amount_fen / 100, locale)}</strong>
        </>
      ) : (
        t("counterFallback", { counties: countyCount })
      )}
    </p>
  )
}
