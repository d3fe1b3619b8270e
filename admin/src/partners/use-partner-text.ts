import { useI18n } from "../lib/i18n"
import { partnersEn, partnersZh, type PartnerMessageKey } from "./messages"

/** `t` for the partner views, in the console's current language. */
export function usePartnerText() {
  const { lang } = useI18n()
  const dict = lang === "zh" ? partnersZh : partnersEn
  return (key: PartnerMessageKey, vars?: Record<string, string | number>) =>
    dict[key].replace(/\{(\w+)\}/g, (_, v: string) => String(vars?.[v] ?? ""))
}
