import Link from "next/link"

/** Requests outside any locale (the proxy normally prefixes one). */
export default function GlobalNotFound() {
  return (
    <html lang="zh-CN">
      <body className="bg-stone-50 p-8 font-sans text-stone-900">
        <h1 className="text-2xl font-bold">页面不存在 · Page not found</h1>
        <p className="mt-4">
          <Link className="text-red-800 underline" href="/zh">
            返回首页
          </Link>{" "}
          ·{" "}
          <Link className="text-red-800 underline" href="/en">
            Home
          </Link>
        </p>
      </body>
    </html>
  )
}
