import Medusa, { FetchError } from "@medusajs/js-sdk"
import type { MeResponse, Official } from "@onecounty/contracts/officials"

/**
 * The backend; empty means the origin the console is served from: the backend's /console, or
 * `vite` in development, which proxies /officials and /auth to the backend.
 */
export const BACKEND_URL = (import.meta.env.VITE_BACKEND_URL as string | undefined)?.replace(/\/$/, "") || window.location.origin

// Session auth: sign-in swaps the token for an httpOnly cookie, so no script (nor an injected one)
// can read a credential, and nothing is kept in localStorage. Requests carry the cookie.
export const sdk = new Medusa({ baseUrl: BACKEND_URL, auth: { type: "session" } })

/** The backend refuses a write made with the session cookie unless this header repeats the session's token. */
const CSRF_HEADER = "x-csrf-token"
let csrfToken: string | null = null

export type Query = Record<string, string | number | boolean | undefined>

const clean = (query: Query) =>
  Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== "")) as Record<string, string | number | boolean>

export function get<T>(path: string, query: Query = {}): Promise<T> {
  return sdk.client.fetch<T>(path, { query: clean(query) })
}

/** The signed-in official; also hands over the session's CSRF token for the writes. */
export async function fetchMe(): Promise<{ official: Official }> {
  const me = await get<MeResponse>("/officials/me")
  csrfToken = me.csrf_token
  return { official: me.official }
}

export async function post<T>(path: string, body: Record<string, unknown>): Promise<T> {
  if (csrfToken === null) await fetchMe()
  return sdk.client.fetch<T>(path, { method: "POST", body, headers: csrfToken ? { [CSRF_HEADER]: csrfToken } : {} })
}

/** Posts a file's bytes as they are (a CSV in UTF-8 or GBK, an XLSX workbook), its name in `?filename=`. */
export async function postFile<T>(path: string, file: File): Promise<T> {
  if (csrfToken === null) await fetchMe()
  return sdk.client.fetch<T>(path, {
    method: "POST",
    query: { filename: file.name },
    body: file,
    headers: { "content-type": file.type || "application/octet-stream", ...(csrfToken ? { [CSRF_HEADER]: csrfToken } : {}) },
  })
}

export async function signIn(email: string, password: string) {
  await sdk.auth.login("official", "emailpass", { email, password })
}

/** Deletes the session on the backend (and so its cookie and CSRF token). */
export async function signOut() {
  csrfToken = null
  // a session that already expired is as signed out as it gets
  await sdk.auth.logout().catch((e: unknown) => {
    if (statusOf(e) !== 401) throw e
  })
}

export const statusOf = (error: unknown) => (error instanceof FetchError ? error.status : undefined)

/** Downloads a report as the backend renders it (`format=csv|xlsx`), under the backend's file name. */
export async function download(path: string, query: Query, format: "csv" | "xlsx") {
  const url = new URL(`${BACKEND_URL}${path}`)
  for (const [k, v] of Object.entries(clean({ ...query, format }))) url.searchParams.set(k, String(v))
  const res = await fetch(url, { credentials: "include" })
  if (!res.ok) throw new FetchError(await res.text(), res.statusText, res.status)
  const name = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? `report.${format}`
  const link = document.createElement("a")
  link.href = URL.createObjectURL(await res.blob())
  link.download = name
  document.body.appendChild(link)
  link.click()
  link.remove()
  URL.revokeObjectURL(link.href)
}
