"use client"

import { useEffect, useState } from "react"

type Active = { code: string; name: string; place: string; info: string; href: string }

/** Shows the county under the pointer or keyboard focus in the region map (event delegation). */
export function RegionMapDetail({ mapId, hint, linkLabel }: { mapId: string; hint: string; linkLabel: string }) {
  const [active, setActive] = useState<Active | null>(null)
  useEffect(() => {
    const map = document.getElementById(mapId)
    if (!map) return
    let current: Element | null = null
    const onEnter = (e: Event) => {
      const a = (e.target as Element).closest?.("a[data-county]")
      if (!a || a === current) return
      current?.classList.remove("is-active")
      a.classList.add("is-active")
      current = a
      setActive({
        code: a.getAttribute("data-county") ?? "",
        name: a.getAttribute("data-name") ?? "",
        place: a.getAttribute("data-place") ?? "",
        info: a.getAttribute("data-info") ?? "",
        href: a.getAttribute("href") ?? "#",
      })
    }
    map.addEventListener("mouseover", onEnter)
    map.addEventListener("focusin", onEnter)
    return () => {
      map.removeEventListener("mouseover", onEnter)
      map.removeEventListener("focusin", onEnter)
    }
  }, [mapId])
  return (
    <div className="mt-3 min-h-16 rounded-lg bg-stone-100 p-3 text-sm" aria-live="polite" data-testid="region-detail">
      {active ? (
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div>
            <p className="font-semibold">
              {active.name} <span className="font-normal text-muted">· {active.place}</span>
            </p>
            <p className="text-muted">{active.info}</p>
          </div>
          <a className="btn-secondary min-h-9 py-1 text-sm" href={active.href}>
            {linkLabel.replace("{name}", active.name)}
          </a>
        </div>
      ) : (
        <p className="text-muted">{hint}</p>
      )}
    </div>
  )
}
