import { Suspense } from "react"
import { NavLink, Outlet, useNavigate } from "react-router"
import { useI18n } from "../lib/i18n"
import { useSession } from "../lib/session"
import type { MessageKey } from "../lib/messages"
import { Loading } from "./states"

const NAV: [string, MessageKey][] = [
  ["/", "navOverview"],
  ["/regions", "navRegions"],
  ["/districts", "navDistricts"],
  ["/rankings", "navRankings"],
  ["/orders", "navOrders"],
  ["/partners", "navPartners"],
  ["/targets", "navTargets"],
]

export function Layout() {
  const { t, lang, setLang } = useI18n()
  const { official, year, years, setYear, signOut } = useSession()
  const navigate = useNavigate()
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div>
            <h1 className="text-lg font-semibold">{t("appTitle")}</h1>
            <p className="text-xs text-slate-500">
              {official.district_zh ? t("scopeDistrict", { district: official.district_zh }) : t("appSubtitle")} · {official.name}
            </p>
          </div>
          <div className="flex items-center gap-3 text-sm">
            <label className="flex items-center gap-1">
              {t("year")}
              <select className="rounded border border-slate-300 px-1 py-0.5" value={year} onChange={(e) => setYear(Number(e.target.value))} data-testid="year">
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="rounded border border-slate-300 px-2 py-0.5" onClick={() => setLang(lang === "zh" ? "en" : "zh")} data-testid="lang">
              {t("language")}
            </button>
            <button type="button" className="text-slate-600 underline" onClick={() => signOut().then(() => navigate("/login"))}>
              {t("logout")}
            </button>
          </div>
        </div>
        <nav className="mx-auto flex max-w-7xl gap-1 overflow-x-auto px-4">
          {NAV.map(([to, key]) => (
            <NavLink
              key={to}
              to={to}
              end={to === "/"}
              className={({ isActive }) => `border-b-2 px-3 py-2 text-sm whitespace-nowrap ${isActive ? "border-emerald-600 font-medium text-emerald-700" : "border-transparent text-slate-600"}`}
            >
              {t(key)}
            </NavLink>
          ))}
        </nav>
      </header>
      <main className="mx-auto max-w-7xl space-y-4 px-4 py-4">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  )
}
