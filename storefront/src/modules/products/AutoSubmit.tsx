"use client"

import { useEffect, useRef } from "react"

/** Submits the enclosing GET form when a select or checkbox changes (the Apply button stays for no-JS). */
export function AutoSubmit() {
  const ref = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    const form = ref.current?.closest("form")
    if (!form) return
    const onChange = (e: Event) => {
      const el = e.target as HTMLInputElement
      if (el.tagName === "SELECT" || el.type === "checkbox") {
        if (el.name === "province") {
          const county = form.elements.namedItem("county") as HTMLSelectElement | null
          if (county) county.value = ""
        }
        const page = form.elements.namedItem("page") as HTMLInputElement | null
        if (page) page.value = "1"
        form.requestSubmit()
      }
    }
    form.addEventListener("change", onChange)
    return () => form.removeEventListener("change", onChange)
  }, [])
  return <span ref={ref} hidden />
}
