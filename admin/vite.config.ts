import tailwindcss from "@tailwindcss/vite"
import react from "@vitejs/plugin-react"
import { defineConfig } from "vitest/config"

// `vite` (development) proxies the API so that the console and the backend share an origin, as
// they do when the backend serves the build: the session cookie and CSRF token need no CORS.
const backend = process.env.CONSOLE_BACKEND_PROXY || "http://localhost:9000"

// The console always lives under /console: served by the backend there, by nginx, or by `vite`.
export default defineConfig({
  base: "/console/",
  plugins: [react(), tailwindcss()],
  server: { port: 7001, strictPort: true, proxy: { "/officials": backend, "/auth": backend } },
  build: {
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      output: { manualChunks: { echarts: ["echarts/core", "echarts/charts", "echarts/components", "echarts/renderers"] } },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.{ts,tsx}"], environment: "jsdom", setupFiles: ["tests/setup.ts"] },
      },
      {
        extends: true,
        test: { name: "e2e", include: ["tests/e2e/**/*.test.ts"], environment: "node", testTimeout: 300_000, hookTimeout: 900_000 },
      },
    ],
  },
})
