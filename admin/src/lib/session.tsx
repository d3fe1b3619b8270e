import { useQuery, useQueryClient } from "@tanstack/react-query"
import { createContext, useContext, useMemo, useState, type ReactNode } from "react"
import { Navigate, useLocation } from "react-router"
import { get, sdk, statusOf } from "./api"
import { shanghaiToday } from "./shanghai"
import type { Official } from "./types"
import { Loading } from "../components/states"

type Session = { official: Official; year: number; setYear: (year: number) => void; signOut: () => Promise<void> }
const SessionContext = createContext<Session | null>(null)

export const meQuery = { queryKey: ["me"], queryFn: () => get<{ official: Official }>("/officials/me"), retry: false, staleTime: 300_000 }

/**
 * Every page but the sign-in needs an official: without a valid official's token (none, expired,
 * or another actor's) the console goes to /login and comes back afterwards.
 */
export function RequireOfficial({ children }: { children: ReactNode }) {
  const location = useLocation()
  const client = useQueryClient()
  const me = useQuery(meQuery)
  const [year, setYear] = useState(() => shanghaiToday()[0])
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
    [me.data, year, client]
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
