import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Badge, createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { RecordListPage } from "../../lib/record-list-page"
import { CertificationForm, type Certification } from "./certification-form"
import { validity } from "./validity"

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
  // undefined: drawer closed; null: creating; a certification: renewing it.
  const [renewing, setRenewing] = useState<Certification | null | undefined>(undefined)
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
  return (
    <RecordListPage
      title="认证 Certifications"
      searchPlaceholder="搜索编号或机构 Search number or issuer"
      path="/admin/origins/certifications"
      listKey="certifications"
      query={{ fields: "+products.id,+products.title", order: "expires_at" }}
      columns={columns}
      onCreate={() => setRenewing(null)}
      drawer={{
        title: renewing ? `续期 Renew ${renewing.number}` : "新建认证 New certification",
        content:
          renewing === undefined ? null : (
            <CertificationForm key={renewing?.id ?? "new"} renewing={renewing} onDone={() => setRenewing(undefined)} />
          ),
        onClose: () => setRenewing(undefined),
      }}
    />
  )
}

export const config = defineRouteConfig({ label: "认证 Certifications", icon: ShieldCheck, rank: 3 })

export default CertificationsPage
