import { defineRouteConfig } from "@medusajs/admin-sdk"
import { UsersSolid } from "@medusajs/icons"
import { createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { RecordListPage } from "../../lib/record-list-page"
import { SupplierForm, TYPE_LABELS, type Supplier } from "./supplier-form"

const column = createDataTableColumnHelper<Supplier>()

/** Suppliers searchable by name or credit code, with their county and the products they supply. */
const SuppliersPage = () => {
  // undefined: drawer closed; null: creating; a supplier: editing it.
  const [editing, setEditing] = useState<Supplier | null | undefined>(undefined)
  const columns = useMemo(
    () => [
      column.accessor("name", { header: "名称 Name" }),
      column.accessor("type", { header: "类型 Type", cell: ({ getValue }) => TYPE_LABELS[getValue()] }),
      column.accessor("credit_code", { header: "信用代码 Credit code", cell: ({ getValue }) => <span className="font-mono">{getValue()}</span> }),
      column.display({ id: "county", header: "县 County", cell: ({ row }) => row.original.county?.name_zh ?? "—" }),
      column.accessor("households_linked", { header: "带动农户 Households" }),
      column.display({
        id: "products",
        header: "商品 Products",
        cell: ({ row }) => (row.original.products ?? []).map((p) => p.title).join("、") || "—",
      }),
      column.action({ actions: [{ label: "编辑 Edit", onClick: ({ row }) => setEditing(row.original) }] }),
    ],
    []
  )
  return (
    <RecordListPage
      title="供应商 Suppliers"
      searchPlaceholder="搜索名称或信用代码 Search name or credit code"
      path="/admin/origins/suppliers"
      listKey="suppliers"
      query={{ fields: "+products.id,+products.title", order: "name" }}
      columns={columns}
      onCreate={() => setEditing(null)}
      drawer={{
        title: editing ? `编辑 Edit ${editing.name}` : "新建供应商 New supplier",
        content: editing === undefined ? null : <SupplierForm key={editing?.id ?? "new"} supplier={editing} onDone={() => setEditing(undefined)} />,
        onClose: () => setEditing(undefined),
      }}
    />
  )
}

export const config = defineRouteConfig({ label: "供应商 Suppliers", icon: UsersSolid, rank: 2 })

export default SuppliersPage
