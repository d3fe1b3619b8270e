// Service worker of the counter app (/kiosk): the page reloads without a network.
// Pages: network first, the last good copy when offline. Next's hashed build files
// (/_next/static): cache first. Calls to the backend are not touched: the app queues sales itself.
const CACHE = "onecounty-kiosk-v1"
const SHELL = "/kiosk"

async function cacheShell() {
  const cache = await caches.open(CACHE)
  const res = await fetch(SHELL, { cache: "no-store", credentials: "same-origin" })
  if (!res.ok) return
  await cache.put(SHELL, res.clone())
  // The shell's own scripts and styles, loaded before this worker controlled the page.
  const html = await res.text()
  const assets = new Set(html.match(/\/_next\/static\/[^"'\s\\)]+/g) || [])
  await Promise.all([...assets].map((url) => cache.add(url).catch(() => undefined)))
}

self.addEventListener("install", (event) => {
  event.waitUntil(cacheShell().catch(() => undefined).then(() => self.skipWaiting()))
})

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("onecounty-kiosk-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  )
})

async function staticFirst(request) {
  const cache = await caches.open(CACHE)
  const hit = await cache.match(request)
  if (hit) return hit
  const res = await fetch(request)
  if (res.ok) await cache.put(request, res.clone())
  return res
}

async function pageNetworkFirst(request) {
  const cache = await caches.open(CACHE)
  try {
    const res = await fetch(request)
    if (res.ok) await cache.put(SHELL, res.clone())
    return res
  } catch (err) {
    const hit = await cache.match(SHELL)
    if (!hit) throw err
    // Marked so that a person (and the end-to-end test) can tell the copy from a fresh page.
    const headers = new Headers(hit.headers)
    headers.set("x-kiosk-offline", "1")
    return new Response(hit.body, { status: hit.status, statusText: hit.statusText, headers })
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event
  if (request.method !== "GET") return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if (url.pathname.startsWith("/_next/static/")) event.respondWith(staticFirst(request))
  else if (request.mode === "navigate" && (url.pathname === SHELL || url.pathname.startsWith(`${SHELL}/`))) event.respondWith(pageNetworkFirst(request))
})
