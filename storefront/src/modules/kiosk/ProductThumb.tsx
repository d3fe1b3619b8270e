"use client"

import { useEffect, useState } from "react"
import { cachedThumbnail, thumbnailUrl } from "@/lib/kiosk/thumbnails"
import { placeholderColor } from "../products/ProductImage"

/**
 * A tile's thumbnail: from the device's cache (lib/kiosk/thumbnails.ts) when it is there, else from
 * the storefront's image optimiser while online; the county's colour and first character when the
 * product has no picture or none can be had.
 */
export function ProductThumb({ src, title, seed }: { src: string | null; title: string; seed: string }) {
  const [shown, setShown] = useState<string | null>(null)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    if (!src) return
    let objectUrl: string | null = null
    let live = true
    setFailed(false)
    cachedThumbnail(src).then(
      (cached) => {
        objectUrl = cached
        if (live) setShown(cached ?? thumbnailUrl(src))
        else if (cached) URL.revokeObjectURL(cached)
      },
      () => live && setShown(thumbnailUrl(src))
    )
    return () => {
      live = false
      if (objectUrl) URL.revokeObjectURL(objectUrl)
    }
  }, [src])

  if (src && shown && !failed) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- a cached blob: URL, already resized
      <img
        src={shown}
        alt=""
        width={64}
        height={64}
        decoding="async"
        onError={() => setFailed(true)}
        className="size-16 shrink-0 rounded-lg bg-stone-100 object-cover"
        data-testid="tile-thumb"
        data-key={src}
        data-source={shown.startsWith("blob:") ? "cache" : "network"}
      />
    )
  }
  return (
    <span
      aria-hidden="true"
      className="flex size-16 shrink-0 items-center justify-center rounded-lg text-2xl font-bold text-white/90"
      style={{ backgroundColor: placeholderColor(seed) }}
      data-testid="tile-thumb-placeholder"
    >
      {[...title][0]}
    </span>
  )
}
