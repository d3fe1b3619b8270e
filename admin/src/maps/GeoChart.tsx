// ECharts with what the maps need: the geo component and the map and scatter series. Only this lazy
// chunk registers them, so the pages without a map load none of it.
import { MapChart, ScatterChart } from "echarts/charts"
import { GeoComponent, TooltipComponent } from "echarts/components"
import * as echarts from "echarts/core"
import { CanvasRenderer } from "echarts/renderers"
import { useEffect, useRef } from "react"

echarts.use([MapChart, ScatterChart, GeoComponent, TooltipComponent, CanvasRenderer])

export type GeoOption = echarts.EChartsCoreOption
/** The fields of an ECharts mouse event the maps use. */
export type GeoEvent = { componentType: string; seriesType?: string; name: string; data?: unknown }
type GeoJson = Parameters<typeof echarts.registerMap>[1]

const registered = new Set<string>()
/** Registers a base map once under its name (ECharts keeps them globally). */
export function registerBaseMap(name: string, geoJson: unknown) {
  if (registered.has(name)) return
  echarts.registerMap(name, geoJson as GeoJson)
  registered.add(name)
}

/**
 * One map. `data-points` is the number of points the chart's own option holds once drawn, which the
 * browser tests read; `onHover(null)` when the pointer leaves what it was over.
 */
export function GeoChart(props: {
  option: GeoOption
  height: number
  testId: string
  label: string
  onClick?: (event: GeoEvent) => void
  onHover?: (event: GeoEvent | null) => void
}) {
  const { option, height, testId, label, onClick, onHover } = props
  const ref = useRef<HTMLDivElement>(null)
  const chart = useRef<echarts.ECharts | null>(null)
  const handlers = useRef({ onClick, onHover })
  handlers.current = { onClick, onHover }
  useEffect(() => {
    const el = ref.current!
    const c = echarts.init(el)
    chart.current = c
    c.on("click", (e) => handlers.current.onClick?.(e as unknown as GeoEvent))
    c.on("mouseover", (e) => handlers.current.onHover?.(e as unknown as GeoEvent))
    c.on("mouseout", () => handlers.current.onHover?.(null))
    c.on("finished", () => {
      const series = (c.getOption().series ?? []) as { type?: string; data?: { code?: string; value?: number[] }[] }[]
      const points = series.flatMap((s, seriesIndex) => (s.type === "scatter" ? (s.data ?? []).map((d) => ({ d, seriesIndex })) : []))
      el.dataset.points = String(points.length)
      // where each point was drawn, by its code: what a test (or a person's pointer) clicks
      const drawn = points.filter(({ d }) => d.code && d.value).map(({ d, seriesIndex }) => [d.code, c.convertToPixel({ seriesIndex }, d.value!.slice(0, 2))])
      el.dataset.pointPixels = JSON.stringify(Object.fromEntries(drawn))
    })
    const resize = new ResizeObserver(() => c.resize())
    resize.observe(el)
    return () => {
      resize.disconnect()
      c.dispose()
      chart.current = null
    }
  }, [])
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: false, replaceMerge: ["series"] })
  }, [option])
  return <div ref={ref} role="img" aria-label={label} style={{ height }} className="w-full" data-testid={testId} />
}
