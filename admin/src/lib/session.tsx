import { useQuery, useQueryClient } from "@tanstack/react-query"
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react"
import { Navigate, useLocation } from "react-router"
import { get, sdk, statusOf } from "./api"
import { shanghaiToday } from "./shanghai"
import type { Official } from "./types"
import { Loading } from "../components/states"

type Session = { official: Official; year: number; setYear: (year: number) => void; signOut: () => Promise<void> }
const SessionContext = createContext<Session | null>(null)
const YEAR_KEY = "console.year"

export const meQuery = { queryKey: ["me"], queryFn: () => get<{ official: Official }>("/officials/me"), retry: false, staleTime: 300_000 }

/**
 * Every page but the sign-in needs an official: without a valid official's token (none, expired,
 * or another actor's) the console goes to /login and comes back afterwards.
 */
export function RequireOfficial({ children }: { children: ReactNode }) {
  const location = useLocation()
  const client = useQueryClient()
  const me = useQuery(meQuery)
  // Kept for the tab's lifetime, so a reload or a shared link within it stays on the chosen year.
  const [year, setYearState] = useState(() => Number(sessionStorage.getItem(YEAR_KEY)) || shanghaiToday()[0])
  const setYear = useCallback((next: number) => {
    sessionStorage.setItem(YEAR_KEY, String(next))
    setYearState(next)
  }, [])
  const session = useMemo<Session | null>(
    () =>
      me.data
        ? {
            official: me.data.official,
            year,
            setYear,
            signOut: async () => {
              await sdk.client.clearToken()
              client.clear()
            },
          }
        : null,
    [me.data, year, setYear, client]
  )
  if (me.isPending) return <Loading />
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
