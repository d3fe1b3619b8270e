import Medusa, { FetchError } from "@medusajs/js-sdk"

/** The backend; empty means the origin the console is served from (the backend's /console). */
export const BACKEND_URL = (import.meta.env.VITE_BACKEND_URL as string | undefined)?.replace(/\/$/, "") || window.location.origin

export const sdk = new Medusa({ baseUrl: BACKEND_URL, auth: { type: "jwt", jwtTokenStorageKey: "console_jwt", jwtTokenStorageMethod: "local" } })

export type Query = Record<string, string | number | boolean | undefined>

const clean = (query: Query) =>
  Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== "")) as Record<string, string | number | boolean>

export function get<T>(path: string, query: Query = {}): Promise<T> {
  return sdk.client.fetch<T>(path, { query: clean(query) })
}

export function post<T>(path: string, body: Record<string, unknown>): Promise<T> {
  return sdk.client.fetch<T>(path, { method: "POST", body })
}

export const statusOf = (error: unknown) => (error instanceof FetchError ? error.status : undefined)

/** Downloads a report as the backend renders it (`format=csv|xlsx`), under the backend's file name. */
export async function download(path: string, query: Query, format: "csv" | "xlsx") {
  const url = new URL(`${BACKEND_URL}${path}`)
  for (const [k, v] of Object.entries(clean({ ...query, format }))) url.searchParams.set(k, String(v))
  const token = await sdk.client.getToken()
  const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} })
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
