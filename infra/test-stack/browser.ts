import { existsSync } from "node:fs"
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core"

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

/**
 * Chromium with CHROMIUM_ARGS (and a test's own flags), one context as the test describes the
 * device, and a page in it. Waits are long: the stack's first requests are slow on a busy machine.
 */
export async function openPage(device: BrowserContextOptions, extraArgs: string[] = []): Promise<{ browser: Browser; context: BrowserContext; page: Page }> {
  const executablePath = chromiumPath()
  if (!executablePath) throw new Error("no chromium (apt-get install -y chromium, or set CHROMIUM_PATH)")
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extraArgs] })
  const context = await browser.newContext(device)
  context.setDefaultTimeout(30_000)
  context.setDefaultNavigationTimeout(120_000)
  return { browser, context, page: await context.newPage() }
}
