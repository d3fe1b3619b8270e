// ECharts, tree-shaken: only the charts and components the console draws are bundled.
import { BarChart, LineChart, PieChart, TreemapChart } from "echarts/charts"
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from "echarts/components"
import * as echarts from "echarts/core"
import { CanvasRenderer } from "echarts/renderers"
import { useEffect, useRef } from "react"

echarts.use([BarChart, LineChart, PieChart, TreemapChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent, CanvasRenderer])

export type ChartOption = echarts.EChartsCoreOption

/** What a click on a bar, point, slice or tile reports (ECharts' event, the fields used here). */
export type ChartClick = { dataIndex: number; data: unknown }

export function EChart(props: { option: ChartOption; height?: number; testId?: string; onClick?: (event: ChartClick) => void }) {
  const { option, height = 280, testId, onClick } = props
  const ref = useRef<HTMLDivElement>(null)
  const chart = useRef<echarts.ECharts | null>(null)
  const click = useRef(onClick)
  click.current = onClick
  useEffect(() => {
    const el = ref.current!
    chart.current = echarts.init(el)
    chart.current.on("click", (event) => click.current?.(event as unknown as ChartClick))
    const resize = new ResizeObserver(() => chart.current?.resize())
    resize.observe(el)
    return () => {
      resize.disconnect()
      chart.current?.dispose()
      chart.current = null
    }
  }, [])
  useEffect(() => {
    chart.current?.setOption(option, true)
  }, [option])
  return <div ref={ref} style={{ height }} className={`w-full ${onClick ? "cursor-pointer" : ""}`} data-testid={testId} />
}
