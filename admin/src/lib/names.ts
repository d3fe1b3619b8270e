import { useI18n } from "./i18n"
import { useRegions } from "./queries"
import type { ReportLevel } from "@onecounty/contracts/enums"
import type { Named } from "@onecounty/contracts/officials"
import type { MessageKey } from "./messages"

/** Display name for a report's scope code at a level (codes stay visible until names arrive). */
export function useScopeName() {
  const { t, name } = useI18n()
  const { data } = useRegions()
  const lists: Partial<Record<ReportLevel, Named[]>> = data
    ? { province: data.provinces, prefecture: data.prefectures, county: data.counties, district: data.districts, counter: data.counters }
    : {}
  return (level: ReportLevel, code: string | null): string => {
    if (code === null) return t("level_all")
    if (level === "channel_kind") return t(`channel_${code}` as MessageKey)
    return name(lists[level]?.find((n) => n.code === code), code)
  }
}
