import { revalidateTag } from "next/cache"
import { NextResponse, type NextRequest } from "next/server"

const TAGS = /^(catalog|products|product-[\w-]+|origins|county-\d{6}|categories|regions|stats)$/

/**
 * Expires cached catalogue reads now instead of after CATALOG_REVALIDATE_SECONDS, e.g. from a
 * backend subscriber on product.updated: POST /api/revalidate?tag=products with the header
 * x-revalidate-secret: $REVALIDATE_SECRET. Disabled when REVALIDATE_SECRET is unset.
 */
export async function POST(req: NextRequest) {
  const secret = process.env.REVALIDATE_SECRET
  if (!secret || req.headers.get("x-revalidate-secret") !== secret) {
    return NextResponse.json({ message: "unauthorized" }, { status: 401 })
  }
  const tags = req.nextUrl.searchParams.getAll("tag")
  const bad = tags.filter((t) => !TAGS.test(t))
  if (!tags.length || bad.length) {
    return NextResponse.json({ message: `tag: expected one of catalog, products, product-<handle>, origins, county-<code>, categories, regions, stats; got ${bad.join(", ") || "none"}` }, { status: 400 })
  }
  for (const t of tags) revalidateTag(t, "max")
  return NextResponse.json({ revalidated: tags })
}
