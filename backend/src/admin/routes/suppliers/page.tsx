import { defineRouteConfig } from "@medusajs/admin-sdk"
import { UsersSolid } from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  Drawer,
  Heading,
  useDataTable,
  type DataTablePaginationState,
} from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { sdk } from "../../lib/sdk"
import { SupplierForm, TYPE_LABELS, type Supplier } from "./supplier-form"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<Supplier>()

/** Suppliers searchable by name or credit code, with their county and the products they supply. */
const SuppliersPage = () => {
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  // undefined: drawer closed; null: creating; a supplier: editing it.
  const [editing, setEditing] = useState<Supplier | null | undefined>(undefined)
  const suppliers = useQuery({
    queryKey: ["suppliers", search, pagination],
    queryFn: () =>
      sdk.client.fetch<{ suppliers: Supplier[]; count: number }>("/admin/origins/suppliers", {
        query: {
          q: search || undefined,
          fields: "+products.id,+products.title",
          order: "name",
          limit: pagination.pageSize,
          offset: pagination.pageIndex * pagination.pageSize,
        },
      }),
    placeholderData: keepPreviousData,
  })
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
  const table = useDataTable({
    columns,
    data: suppliers.data?.suppliers ?? [],
    getRowId: (s) => s.id,
    rowCount: suppliers.data?.count ?? 0,
    isLoading: suppliers.isLoading,
    search: { state: search, onSearchChange: setSearch },
    pagination: { state: pagination, onPaginationChange: setPagination },
  })
  return (
    <Container className="p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <Heading level="h1">供应商 Suppliers</Heading>
          <div className="flex items-center gap-x-2">
            <DataTable.Search placeholder="搜索名称或信用代码 Search name or credit code" />
            <Button size="small" variant="secondary" onClick={() => setEditing(null)}>
              新建 Create
            </Button>
          </div>
        </DataTable.Toolbar>
        <DataTable.Table />
        <DataTable.Pagination />
      </DataTable>
      <Drawer open={editing !== undefined} onOpenChange={(open) => !open && setEditing(undefined)}>
        <Drawer.Content>
          <Drawer.Header>
            <Drawer.Title>{editing ? `编辑 Edit ${editing.name}` : "新建供应商 New supplier"}</Drawer.Title>
          </Drawer.Header>
          {editing !== undefined && <SupplierForm key={editing?.id ?? "new"} supplier={editing} onDone={() => setEditing(undefined)} />}
        </Drawer.Content>
      </Drawer>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "供应商 Suppliers", icon: UsersSolid, rank: 2 })

export default SuppliersPage
