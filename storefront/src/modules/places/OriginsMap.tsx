"use client"

// The map of origins, drawn in the browser only: ECharts (geo component, map and scatter series,
// canvas renderer) and the shapes are fetched after the page has rendered, in chunks of their own.
import { useEffect, useRef, useState } from "react"
import { useRouter } from "next/navigation"
import { localePath } from "@/i18n/paths"
import { colorOf } from "@/lib/util/province-colours"

export type MapCounty = { code: string; name: string; place: string; info: string; products: number }
type Props = { counties: MapCounty[]; label: string; caption: string; locale: string }

export default function OriginsMap({ counties, label, caption, locale }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  const router = useRouter()
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let disposed = false
    let dispose = () => {}
    ;(async () => {
      const [echarts, charts, components, renderers, geo] = await Promise.all([
        import("echarts/core"),
        import("echarts/charts"),
        import("echarts/components"),
        import("echarts/renderers"),
        import("@onecounty/china-geo"),
      ])
      const [provinces, seats] = await Promise.all([geo.loadPairedProvinces(), geo.loadCountySeats()])
      if (disposed || !ref.current) return
      echarts.use([charts.MapChart, charts.ScatterChart, components.GeoComponent, components.TooltipComponent, renderers.CanvasRenderer])
      echarts.registerMap("oc-origins", provinces as Parameters<typeof echarts.registerMap>[1])
      const el = ref.current
      const chart = echarts.init(el)
      const max = Math.max(1, ...counties.map((c) => c.products))
      const narrow = el.clientWidth < 500
      const points = counties
        .filter((c) => seats[c.code])
        .map((c) => ({
          name: c.name,
          value: seats[c.code],
          county: c,
          // smaller on a phone, where Yunnan's 40 counties share a few centimetres
          symbolSize: Math.round((narrow ? 5 : 8) + (narrow ? 6 : 12) * Math.sqrt(c.products / max)),
          itemStyle: { color: colorOf(c.code), borderColor: "#fff", borderWidth: 1.5 },
        }))
      chart.on("finished", () => {
        const series = (chart.getOption().series ?? []) as { data?: { county: MapCounty; value: number[] }[] }[]
        const drawn = series[0]?.data ?? []
        el.dataset.points = String(drawn.length)
        // where each county was drawn: what a test (or a person's pointer) clicks
        el.dataset.pointPixels = JSON.stringify(Object.fromEntries(drawn.map((d) => [d.county.code, chart.convertToPixel({ seriesIndex: 0 }, d.value)])))
      })
      chart.on("click", (e) => {
        const code = (e.data as { county?: MapCounty } | undefined)?.county?.code
        if (code) router.push(localePath(locale, `/counties/${code}`))
      })
      chart.setOption({
        tooltip: {
          trigger: "item",
          formatter: (p: { seriesType?: string; name: string; data?: { county: MapCounty } }) =>
            p.seriesType === "scatter" && p.data ? `<b>${p.name}</b><br/>${p.data.county.place}<br/>${p.data.county.info}` : "",
        },
        geo: {
          map: "oc-origins",
          roam: true,
          scaleLimit: { min: 1, max: 8 },
          layoutCenter: ["50%", "50%"],
          layoutSize: "100%",
          tooltip: { show: false },
          select: { disabled: true },
          emphasis: { disabled: true },
          regions: provinces.features.map((f) => ({
            name: f.properties.name,
            itemStyle: { areaColor: `${colorOf(f.properties.province_code)}33`, borderColor: "#fff", borderWidth: 0.6 },
          })),
        },
        series: [{ type: "scatter", coordinateSystem: "geo", data: points, cursor: "pointer", emphasis: { scale: 1.4 } }],
      })
      const resize = new ResizeObserver(() => chart.resize())
      resize.observe(el)
      dispose = () => {
        resize.disconnect()
        chart.dispose()
      }
    })().catch(() => setFailed(true))
    return () => {
      disposed = true
      dispose()
    }
  }, [counties, router, locale])
  return (
    <figure>
      <div ref={ref} role="img" aria-label={label} className="aspect-[4/3] w-full sm:aspect-[16/10]" data-testid="origins-map" />
      {failed ? null : <figcaption className="mt-1 text-[11px] text-muted" data-testid="map-source">{caption}</figcaption>}
    </figure>
  )
}
