import tailwindcss from "@tailwindcss/vite"
import react from "@vitejs/plugin-react"
import { defineConfig } from "vitest/config"

// The console always lives under /console: served by the backend there, by nginx, or by `vite`.
export default defineConfig({
  base: "/console/",
  plugins: [react(), tailwindcss()],
  server: { port: 7001, strictPort: true },
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
