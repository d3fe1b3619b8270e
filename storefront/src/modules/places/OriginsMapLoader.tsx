"use client"

import dynamic from "next/dynamic"
import type { ComponentProps } from "react"

// Client only and fetched after the page: the server renders a frame of the map's size, so that
// nothing moves when it arrives.
const OriginsMap = dynamic(() => import("./OriginsMap"), {
  ssr: false,
  loading: () => <div className="aspect-[4/3] w-full rounded-lg bg-stone-100 sm:aspect-[16/10]" />,
})

export function OriginsMapLoader(props: ComponentProps<typeof OriginsMap>) {
  return <OriginsMap {...props} />
}
