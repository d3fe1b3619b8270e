import { useQuery, useQueryClient } from "@tanstack/react-query"
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react"
import { Navigate, useLocation } from "react-router"
import { fetchMe, get, signOut, statusOf } from "./api"
import { shanghaiToday } from "./shanghai"
import type { Official, YearsResponse } from "@onecounty/contracts/officials"
import { openingYear, yearChoices } from "./years"
import { Loading } from "../components/states"

type Session = { official: Official; year: number; years: number[]; setYear: (year: number) => void; signOut: () => Promise<void> }
const SessionContext = createContext<Session | null>(null)
const YEAR_KEY = "console.year"

export const meQuery = { queryKey: ["me"], queryFn: fetchMe, retry: false, staleTime: 300_000 }
export const yearsQuery = { queryKey: ["years"], queryFn: () => get<YearsResponse>("/officials/years"), staleTime: 300_000 }

/**
 * Every page but the sign-in needs an official: without an official's session (none, expired,
 * signed out, or another actor's) the console goes to /login and comes back afterwards.
 */
export function RequireOfficial({ children }: { children: ReactNode }) {
  const location = useLocation()
  const client = useQueryClient()
  const me = useQuery(meQuery)
  const years = useQuery({ ...yearsQuery, enabled: me.isSuccess })
  const thisYear = shanghaiToday()[0]
  // Kept for the tab's lifetime, so a reload or a shared link within it stays on the chosen year.
  const [chosen, setYearState] = useState(() => Number(sessionStorage.getItem(YEAR_KEY)) || null)
  // Until the official picks one, the year with data; settled once, so that a target import
  // refetching the years does not move the page under them (and a failed lookup is no dead end).
  const [opened, setOpened] = useState<number | null>(null)
  if (opened === null && (years.isSuccess || years.isError)) setOpened(openingYear(years.data?.years ?? [], thisYear))
  const year = chosen ?? opened
  const choices = useMemo(() => (year === null ? [] : yearChoices(years.data?.years ?? [], thisYear, year)), [years.data, thisYear, year])
  const setYear = useCallback((next: number) => {
    sessionStorage.setItem(YEAR_KEY, String(next))
    setYearState(next)
  }, [])
  const session = useMemo<Session | null>(
    () =>
      me.data && year !== null
        ? {
            official: me.data.official,
            year,
            years: choices,
            setYear,
            signOut: async () => {
              await signOut()
              client.clear()
            },
          }
        : null,
    [me.data, year, choices, setYear, client]
  )
  if (me.isPending || (me.isSuccess && year === null)) return <Loading />
  if (!session) {
    const reason = statusOf(me.error) === 401 ? "expired" : "error"
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search, reason }} />
  }
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
}

export function useSession(): Session {
  const ctx = useContext(SessionContext)
  if (!ctx) throw new Error("useSession outside RequireOfficial")
  return ctx
}
