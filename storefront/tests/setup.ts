import { createElement, type ReactNode } from "react"
import { afterEach, vi } from "vitest"
import { cleanup } from "./render"

// next/navigation sits with Next at the monorepo root (React 18 there); components only need these.
vi.mock("next/navigation", () => ({
  usePathname: () => "/zh",
  useSearchParams: () => new URLSearchParams(),
  useRouter: () => ({ push: vi.fn(), replace: vi.fn(), refresh: vi.fn(), prefetch: vi.fn() }),
  redirect: vi.fn((url: string) => {
    throw Object.assign(new Error(`NEXT_REDIRECT ${url}`), { digest: `NEXT_REDIRECT;replace;${url};307;` })
  }),
  notFound: vi.fn(() => {
    throw new Error("NEXT_NOT_FOUND")
  }),
}))

// next/link too (Next's own build resolves it to the app router's link): a plain anchor.
vi.mock("next/link", () => ({
  default: ({ href, children, prefetch: _prefetch, ...rest }: { href: string; children: ReactNode; prefetch?: unknown }) => createElement("a", { href, ...rest }, children),
}))

// Catalogue reads ask the backend in the page's locale (src/lib/data/fetch.ts); tests read as a zh page.
// (The real module resolves to next-intl's client build here, where every export throws.)
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "zh") }))

afterEach(() => cleanup())
