import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"
import path from "node:path"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // The e2e test and the benchmark build into their own folder, next to a developer's .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // `next build` checks the app; `npm run lint` (tsc --noEmit) checks the tests too.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  // The monorepo root holds the shared lockfile and hoisted node_modules.
  turbopack: { root: path.join(__dirname, "..") },
  outputFileTracingRoot: path.join(__dirname, ".."),
}

export default withNextIntl(nextConfig)
