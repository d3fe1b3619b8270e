import type { RowError } from "@onecounty/contracts/officials"

export type UploadAnswer<T> = { ok: true; data: T } | { ok: false; status: number; message: string; errors: RowError[] }

/**
 * Posts a file's bytes as they are (CSV in UTF-8 or GBK, XLSX), its name in `?filename=`, with the
 * admin's session cookie. Unlike the SDK's fetch, a refusal keeps its row-numbered `errors`.
 */
export async function uploadFile<T>(path: string, file: File): Promise<UploadAnswer<T>> {
  const base = (import.meta.env.VITE_BACKEND_URL || "").replace(/\/$/, "")
  const res = await fetch(`${base}${path}?filename=${encodeURIComponent(file.name)}`, {
    method: "POST",
    credentials: "include",
    headers: { "content-type": file.type || "application/octet-stream" },
    body: file,
  })
  const body = (await res.json().catch(() => ({}))) as { message?: string; errors?: RowError[] }
  if (!res.ok) {
    return { ok: false, status: res.status, message: body.message ?? res.statusText, errors: body.errors ?? [] }
  }
  return { ok: true, data: body as T }
}
