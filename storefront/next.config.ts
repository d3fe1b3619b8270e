import type { NextConfig } from "next"
import { PHASE_DEVELOPMENT_SERVER } from "next/constants"
import createNextIntlPlugin from "next-intl/plugin"
import path from "node:path"
import { imageRemotePatterns, imagesFromLocalNetwork } from "./src/lib/image-origins"
import { securityHeaders } from "./src/lib/security-headers"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // The e2e test and the benchmark build into their own folder, next to a developer's .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // The shared contracts ship TypeScript source (packages/contracts); Next compiles what the app imports.
  transpilePackages: ["@onecounty/contracts"],
  // `next build` checks the app; `npm run lint` (tsc --noEmit) checks the tests too.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  // The monorepo root holds the shared lockfile and hoisted node_modules.
  turbopack: { root: path.join(__dirname, "..") },
  outputFileTracingRoot: path.join(__dirname, ".."),
  // Product pictures are resized and re-encoded here (WebP, the widths `sizes` asks for) and cached.
  // The origins come from the environment that `next start` reads this file with, so one build
  // serves any backend.
  images: {
    // Widths the optimiser makes for a full-width picture. The widest shown is the product page's,
    // 600 CSS px: 1200 covers it at 2× (Next's default runs to 3840, and every width is one more
    // entry in each picture's srcset, in the HTML and again in the RSC payload).
    deviceSizes: [640, 750, 828, 1080, 1200],
    remotePatterns: imageRemotePatterns(),
    dangerouslyAllowLocalIP: imagesFromLocalNetwork(),
  },
}

// The fixed headers go into the build, whose config is read before NODE_ENV is set: the phase tells
// `next dev` apart. The page CSP is set per request in src/proxy.ts.
export default (phase: string) =>
  withNextIntl({
    ...nextConfig,
    headers: async () => [{ source: "/:path*", headers: securityHeaders({ production: phase !== PHASE_DEVELOPMENT_SERVER }) }],
  })
