import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { createDataTableColumnHelper, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { RecordListPage } from "../../lib/record-list-page"
import { sdk } from "../../lib/sdk"
import { CounterForm, KIND_LABELS, type Counter } from "./counter-form"

const column = createDataTableColumnHelper<Counter>()

/** The live key is the one kiosks and the storefront use; revoked ones stay listed on the channel. */
const liveKey = (c: Counter) => c.sales_channel?.publishable_api_keys?.find((k) => !k.revoked_at)?.token

/**
 * Operators create, edit and retire counters here; each new counter gets its own sales channel,
 * stock location and publishable key. Clerks, devices and setup codes stay on the Kiosks page.
 */
const CounterRegistryPage = () => {
  const client = useQueryClient()
  const prompt = usePrompt()
  // undefined: drawer closed; null: creating; a counter: editing it.
  const [editing, setEditing] = useState<Counter | null | undefined>(undefined)
  const retire = useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/counters/${id}`, { method: "DELETE" }),
    onSuccess: () => {
      toast.success("已停用 Counter retired")
      client.invalidateQueries({ queryKey: ["counters"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const columns = useMemo(
    () => [
      column.accessor("code", { header: "编码 Code" }),
      column.accessor("name_zh", { header: "名称 Name", cell: ({ row }) => `${row.original.name_zh} · ${row.original.name_en}` }),
      column.accessor("kind", { header: "类型 Kind", cell: ({ getValue }) => KIND_LABELS[getValue()] }),
      column.accessor("district_zh", { header: "区 District" }),
      column.display({ id: "channel", header: "渠道 Channel", cell: ({ row }) => row.original.sales_channel?.name ?? "—" }),
      column.display({ id: "location", header: "库位 Location", cell: ({ row }) => row.original.stock_location?.name ?? "—" }),
      column.display({
        id: "key",
        header: "密钥 Key",
        cell: ({ row }) => <span className="font-mono text-xs">{liveKey(row.original)?.slice(0, 12) ?? "—"}…</span>,
      }),
      column.action({
        actions: [
          { label: "编辑 Edit", onClick: ({ row }) => setEditing(row.original) },
          {
            label: "停用 Retire",
            onClick: async ({ row }) => {
              const confirmed = await prompt({
                title: `停用 ${row.original.name_zh}? Retire this counter?`,
                description: "其设备将被吊销；渠道、库位与历史订单保留。 Its kiosk devices are revoked; channel, location and past orders stay.",
                confirmText: "停用 Retire",
                cancelText: "取消 Cancel",
              })
              if (confirmed) {
                retire.mutate(row.original.id)
              }
            },
          },
        ],
      }),
    ],
    [prompt, retire]
  )
  return (
    <RecordListPage
      title="柜台 Counters"
      searchPlaceholder="搜索 Search"
      path="/admin/counters"
      listKey="counters"
      columns={columns}
      onCreate={() => setEditing(null)}
      drawer={{
        title: editing ? `编辑 Edit ${editing.code}` : "新建柜台 New counter",
        content: editing === undefined ? null : <CounterForm key={editing?.id ?? "new"} counter={editing} onDone={() => setEditing(undefined)} />,
        onClose: () => setEditing(undefined),
      }}
    />
  )
}

// Ranked last of the ranked routes so it sits right above the unranked Kiosks page it belongs with.
export const config = defineRouteConfig({ label: "柜台 Counters", icon: Buildings, rank: 4 })

export default CounterRegistryPage
