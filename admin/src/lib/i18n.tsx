import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react"
import type { Lang } from "./format"
import { en, zh, type MessageKey } from "./messages"

type I18n = {
  lang: Lang
  setLang: (lang: Lang) => void
  t: (key: MessageKey, vars?: Record<string, string | number>) => string
  /** The name in the current language of anything with name_zh / name_en. */
  name: (named: { name_zh: string; name_en: string } | undefined, fallback?: string) => string
}

const I18nContext = createContext<I18n | null>(null)
const STORAGE_KEY = "console.lang"

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => initial ?? (localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "zh"))
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next)
    document.documentElement.lang = next === "zh" ? "zh-CN" : "en"
    setLangState(next)
  }, [])
  const value = useMemo<I18n>(() => {
    const dict = lang === "zh" ? zh : en
    return {
      lang,
      setLang,
      t: (key, vars) => dict[key].replace(/\{(\w+)\}/g, (_, v: string) => String(vars?.[v] ?? "")),
      name: (named, fallback = "—") => (named ? (lang === "zh" ? named.name_zh : named.name_en) : fallback),
    }
  }, [lang, setLang])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext)
  if (!ctx) throw new Error("useI18n outside I18nProvider")
  return ctx
}
