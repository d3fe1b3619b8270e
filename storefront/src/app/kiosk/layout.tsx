import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"

export const metadata: Metadata = {
  title: "柜台收银 Counter · 一县一品",
  robots: { index: false, follow: false },
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#961b21" }

// The counter app sits outside [locale]: one page that the service worker can keep for offline
// reloads, with its language chosen on the device (Chinese first).
export default function KioskLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-stone-100 font-sans print:bg-white">{children}</body>
    </html>
  )
}
