import { existsSync } from "node:fs"

/** Debian's chromium (or CHROMIUM_PATH), driven by playwright-core. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[]
  return candidates.find((p) => existsSync(p)) ?? null
}

/** Headless flags for a container without a GPU, a sandbox or network chatter. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
]
