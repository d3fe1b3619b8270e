import path from "node:path"
import { defineConfig } from "vitest/config"

const r = (p: string) => path.resolve(__dirname, p)

export default defineConfig({
  resolve: {
    alias: {
      "@": r("src"),
      "server-only": r("tests/stubs/server-only.ts"),
      // The monorepo root hoists React 18 (backend); the storefront and its tests run React 19.
      react: r("node_modules/react"),
      "react-dom": r("node_modules/react-dom"),
      // next/image as ES modules, inlined below, so that it renders with React 19 too.
      "next/image": r("../node_modules/next/dist/esm/shared/lib/image-external.js"),
    },
  },
  esbuild: { jsx: "automatic" },
  test: {
    // next-intl and react-stripe-js sit at the monorepo root: inline them so that they import the storefront's React 19.
    server: { deps: { inline: ["next-intl", "use-intl", "@stripe/react-stripe-js", /next\/dist\/esm\//] } },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.{ts,tsx}"],
          environment: "jsdom",
          setupFiles: ["tests/setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          // One stack for all e2e files (tests/e2e/global-setup.ts).
          globalSetup: ["tests/e2e/global-setup.ts"],
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          name: "bench",
          include: ["bench/**/*.test.ts"],
          environment: "node",
          testTimeout: 1_800_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
