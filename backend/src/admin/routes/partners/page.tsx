import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShoppingBag } from "@medusajs/icons"
import { Badge, createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import { RecordListPage } from "../../lib/record-list-page"
import { PartnerForm } from "./partner-form"
import { KIND_LABELS, type Partner } from "./types"

const column = createDataTableColumnHelper<Partner>()

/**
 * Partners who report the sales they make in their own systems (supermarket chains, hubs, the 832
 * platform, unions, enterprises). Each one's outlets, API keys and file uploads are on its own page.
 */
const PartnersPage = () => {
  const navigate = useNavigate()
  // undefined: drawer closed; null: creating.
  const [creating, setCreating] = useState<null | undefined>(undefined)
  const columns = useMemo(
    () => [
      column.accessor("name_zh", { header: "名称 Name", cell: ({ row }) => `${row.original.name_zh} · ${row.original.name_en}` }),
      column.accessor("kind", { header: "类型 Kind", cell: ({ getValue }) => KIND_LABELS[getValue()] }),
      column.accessor("district_zh", { header: "区 District", cell: ({ getValue }) => getValue() ?? "—" }),
      column.accessor("outlets_count", { header: "门店 Outlets", cell: ({ getValue }) => getValue() ?? 0 }),
      column.accessor("lines_waiting", {
        header: "待匹配行 Lines waiting",
        cell: ({ getValue }) => (getValue() ? <Badge size="2xsmall" color="orange">{getValue()}</Badge> : "0"),
      }),
      column.action({ actions: [{ label: "打开 Open", onClick: ({ row }) => navigate(`/partners/${row.original.id}`) }] }),
    ],
    [navigate]
  )
  return (
    <RecordListPage
      title="合作方 Partners"
      searchPlaceholder="搜索名称 Search name"
      path="/admin/partners"
      listKey="partners"
      columns={columns}
      onCreate={() => setCreating(null)}
      drawer={{
        title: "新建合作方 New partner",
        content: creating === undefined ? null : <PartnerForm partner={null} onDone={(saved) => navigate(`/partners/${saved.id}`)} />,
        onClose: () => setCreating(undefined),
      }}
    />
  )
}

// unranked: after Counters and Kiosks, which belong together
export const config = defineRouteConfig({ label: "合作方 Partners", icon: ShoppingBag })

export default PartnersPage
