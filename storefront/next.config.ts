import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"
import path from "node:path"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `next build` checks the app; `npm run lint` (tsc --noEmit) checks the tests too.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  // The monorepo root holds the shared lockfile and hoisted node_modules.
  turbopack: { root: path.join(__dirname, "..") },
  outputFileTracingRoot: path.join(__dirname, ".."),
  images: {
    // Product pictures come from the Medusa backend's file provider (or none: a drawn placeholder).
    remotePatterns: [
      { protocol: "http", hostname: "localhost" },
      { protocol: "http", hostname: "127.0.0.1" },
    ],
  },
}

export default withNextIntl(nextConfig)
