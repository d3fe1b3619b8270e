// ECharts, tree-shaken: only the charts and components the console draws are bundled.
import { BarChart, LineChart, PieChart, TreemapChart } from "echarts/charts"
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from "echarts/components"
import * as echarts from "echarts/core"
import { CanvasRenderer } from "echarts/renderers"
import { useEffect, useRef } from "react"

echarts.use([BarChart, LineChart, PieChart, TreemapChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent, CanvasRenderer])

export type ChartOption = echarts.EChartsCoreOption

export function EChart({ option, height = 280, testId }: { option: ChartOption; height?: number; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null)
  const chart = useRef<echarts.ECharts | null>(null)
  useEffect(() => {
    const el = ref.current!
    chart.current = echarts.init(el)
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
  return <div ref={ref} style={{ height }} className="w-full" data-testid={testId} />
}
