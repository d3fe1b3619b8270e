import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import {
  Badge,
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
import { CertificationForm, type Certification } from "./certification-form"
import { validity } from "./validity"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<Certification>()
const day = (iso: string) => new Date(iso).toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" })

function ValidityBadge({ expiresAt }: { expiresAt: string }) {
  const { status, days } = validity(expiresAt)
  if (status === "expired") {
    return <Badge color="red">已过期 Expired {-days} 天 days ago</Badge>
  }
  if (status === "expiring") {
    return <Badge color="orange">{days} 天后到期 Expires in {days} days</Badge>
  }
  return <Badge color="green">有效 Valid</Badge>
}

/** Certificates with their validity; the ones expired or due within 90 days stand out for renewal. */
const CertificationsPage = () => {
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  // undefined: drawer closed; null: creating; a certification: renewing it.
  const [renewing, setRenewing] = useState<Certification | null | undefined>(undefined)
  const certifications = useQuery({
    queryKey: ["certifications", search, pagination],
    queryFn: () =>
      sdk.client.fetch<{ certifications: Certification[]; count: number }>("/admin/origins/certifications", {
        query: {
          q: search || undefined,
          fields: "+products.id,+products.title",
          order: "expires_at",
          limit: pagination.pageSize,
          offset: pagination.pageIndex * pagination.pageSize,
        },
      }),
    placeholderData: keepPreviousData,
  })
  const columns = useMemo(
    () => [
      column.accessor("number", { header: "证书编号 Number" }),
      column.accessor("issuer", { header: "发证机构 Issuer" }),
      column.accessor("issued_at", { header: "发证 Issued", cell: ({ getValue }) => day(getValue()) }),
      column.accessor("expires_at", { header: "到期 Expires", cell: ({ getValue }) => day(getValue()) }),
      column.display({ id: "validity", header: "状态 Status", cell: ({ row }) => <ValidityBadge expiresAt={row.original.expires_at} /> }),
      column.display({
        id: "products",
        header: "覆盖商品 Products",
        cell: ({ row }) => (row.original.products ?? []).map((p) => p.title).join("、") || "—",
      }),
      column.action({ actions: [{ label: "续期 Renew", onClick: ({ row }) => setRenewing(row.original) }] }),
    ],
    []
  )
  const table = useDataTable({
    columns,
    data: certifications.data?.certifications ?? [],
    getRowId: (c) => c.id,
    rowCount: certifications.data?.count ?? 0,
    isLoading: certifications.isLoading,
    search: { state: search, onSearchChange: setSearch },
    pagination: { state: pagination, onPaginationChange: setPagination },
  })
  return (
    <Container className="p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <Heading level="h1">认证 Certifications</Heading>
          <div className="flex items-center gap-x-2">
            <DataTable.Search placeholder="搜索编号或机构 Search number or issuer" />
            <Button size="small" variant="secondary" onClick={() => setRenewing(null)}>
              新建 Create
            </Button>
          </div>
        </DataTable.Toolbar>
        <DataTable.Table />
        <DataTable.Pagination />
      </DataTable>
      <Drawer open={renewing !== undefined} onOpenChange={(open) => !open && setRenewing(undefined)}>
        <Drawer.Content>
          <Drawer.Header>
            <Drawer.Title>{renewing ? `续期 Renew ${renewing.number}` : "新建认证 New certification"}</Drawer.Title>
          </Drawer.Header>
          {renewing !== undefined && (
            <CertificationForm key={renewing?.id ?? "new"} renewing={renewing} onDone={() => setRenewing(undefined)} />
          )}
        </Drawer.Content>
      </Drawer>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "认证 Certifications", icon: ShieldCheck, rank: 3 })

export default CertificationsPage
