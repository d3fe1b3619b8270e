import { lazy, Suspense, type ComponentProps } from "react"
import { useI18n } from "../lib/i18n"
import { mapLabel } from "./labels"

// The maps, their ECharts parts and their shapes are one chunk, fetched when a page shows a map.
const PairingMaps = lazy(() => import("./PairingMaps"))

export function Maps(props: ComponentProps<typeof PairingMaps>) {
  const { lang } = useI18n()
  return (
    <Suspense fallback={<p className="p-6 text-sm text-slate-500" role="status">{mapLabel(lang, "mapLoading")}</p>}>
      <PairingMaps {...props} />
    </Suspense>
  )
}
