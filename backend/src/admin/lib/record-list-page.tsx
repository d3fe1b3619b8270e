import {
  Button,
  Container,
  DataTable,
  Drawer,
  Heading,
  useDataTable,
  type DataTableColumnDef,
  type DataTablePaginationState,
} from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState, type ReactNode } from "react"
import { sdk } from "./sdk"

const PAGE_SIZE = 20

type Props<T extends { id: string }> = {
  title: string
  searchPlaceholder: string
  /** the admin list route and the key its answer holds the records under */
  path: string
  listKey: string
  /** extra query parameters (fields, order) */
  query?: Record<string, string>
  columns: DataTableColumnDef<T, any>[]
  onCreate: () => void
  /** the create / edit drawer, open while `content` is given */
  drawer: { title: string; content: ReactNode | null; onClose: () => void }
}

/**
 * One operators' list page: a searchable, paged DataTable over an admin list route, a create
 * button, and the drawer its create / edit form opens in. The pages differ only in columns and form.
 */
export function RecordListPage<T extends { id: string }>({ title, searchPlaceholder, path, listKey, query, columns, onCreate, drawer }: Props<T>) {
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const records = useQuery({
    queryKey: [listKey, search, pagination],
    queryFn: () =>
      sdk.client.fetch<Record<string, unknown> & { count: number }>(path, {
        query: { ...query, q: search || undefined, limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize },
      }),
    placeholderData: keepPreviousData,
  })
  const table = useDataTable({
    columns,
    data: (records.data?.[listKey] as T[] | undefined) ?? [],
    getRowId: (r) => r.id,
    rowCount: records.data?.count ?? 0,
    isLoading: records.isLoading,
    search: { state: search, onSearchChange: setSearch },
    pagination: { state: pagination, onPaginationChange: setPagination },
  })
  return (
    <Container className="p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <Heading level="h1">{title}</Heading>
          <div className="flex items-center gap-x-2">
            <DataTable.Search placeholder={searchPlaceholder} />
            <Button size="small" variant="secondary" onClick={onCreate}>
              新建 Create
            </Button>
          </div>
        </DataTable.Toolbar>
        <DataTable.Table />
        <DataTable.Pagination />
      </DataTable>
      <Drawer open={drawer.content !== null} onOpenChange={(open) => !open && drawer.onClose()}>
        <Drawer.Content>
          <Drawer.Header>
            <Drawer.Title>{drawer.title}</Drawer.Title>
          </Drawer.Header>
          {drawer.content}
        </Drawer.Content>
      </Drawer>
    </Container>
  )
}
