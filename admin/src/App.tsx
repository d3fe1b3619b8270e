import { QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { lazy } from "react"
import { createBrowserRouter, RouterProvider } from "react-router"
import { Layout } from "./components/Layout"
import { statusOf } from "./lib/api"
import { I18nProvider } from "./lib/i18n"
import { RequireOfficial } from "./lib/session"
import { Login } from "./pages/Login"
import { Orders } from "./pages/Orders"
import { Partners } from "./pages/Partners"
import { Rankings } from "./pages/Rankings"
import { Regions } from "./pages/Regions"
import { Targets } from "./pages/Targets"

// The pages with charts load ECharts (about 200 kB gzipped) on first visit, not with the sign-in.
const Overview = lazy(() => import("./pages/Overview").then((m) => ({ default: m.Overview })))
const Districts = lazy(() => import("./pages/Districts").then((m) => ({ default: m.Districts })))

const router = createBrowserRouter(
  [
    { path: "/login", element: <Login /> },
    {
      element: (
        <RequireOfficial>
          <Layout />
        </RequireOfficial>
      ),
      children: [
        { index: true, element: <Overview /> },
        { path: "regions", element: <Regions /> },
        { path: "districts", element: <Districts /> },
        { path: "rankings", element: <Rankings /> },
        { path: "orders", element: <Orders /> },
        { path: "partners", element: <Partners /> },
        { path: "targets", element: <Targets /> },
      ],
    },
  ],
  { basename: import.meta.env.BASE_URL.replace(/\/$/, "") }
)

const queryClient: QueryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 60_000, refetchOnWindowFocus: false } },
  queryCache: new QueryCache({
    // A token that expires mid-session: asking for the official again sends the console to /login.
    onError: (error, query) => {
      if (statusOf(error) === 401 && query.queryKey[0] !== "me") void queryClient.resetQueries({ queryKey: ["me"] })
    },
  }),
})

export function App() {
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>
  )
}
