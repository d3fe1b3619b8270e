import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Drawer, Heading, Table, Text, toast } from "@medusajs/ui"
import type { AdminCodeDecisionResponse, AdminPartnerCodeQueueResponse } from "@onecounty/contracts/admin-partners"
import { formatYuan } from "@onecounty/contracts/money"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useSearchParams } from "react-router-dom"
import { CODE_STATUSES, type CodeStatus } from "../../../../modules/partner/constants"
import { ConfirmButton } from "../../../lib/confirm-button"
import { sdk } from "../../../lib/sdk"
import { dateTime } from "../types"
import { ProductPicker } from "./product-picker"

type Code = AdminPartnerCodeQueueResponse["codes"][number]

const PAGE = 20
const STATUS_LABELS: Record<CodeStatus | "all", string> = {
  waiting: "待匹配 Waiting",
  mapped: "已匹配 Mapped",
  not_assistance: "非帮扶商品 Not assistance",
  all: "全部 All",
}
const day = (iso: string | null) => (iso ? dateTime(iso).split(" ")[0] : "—")

/**
 * Partners' lines whose barcode or SKU is not (yet) one of our products wait here, never dropped.
 * Mapping a code to a product books its lines on their own sale days; "not a consumption-assistance
 * product" keeps them out of the figures for good.
 */
const ReviewQueuePage = () => {
  const client = useQueryClient()
  const [params, setParams] = useSearchParams()
  const status = (["all", ...CODE_STATUSES] as const).find((s) => s === params.get("status")) ?? "waiting"
  const partnerId = params.get("partner_id") ?? undefined
  const [offset, setOffset] = useState(0)
  const [mapping, setMapping] = useState<Code | null>(null)
  const codes = useQuery({
    queryKey: ["partner-codes", status, partnerId, offset],
    queryFn: () =>
      sdk.client.fetch<AdminPartnerCodeQueueResponse>("/admin/partner-codes", { query: { status, partner_id: partnerId, limit: PAGE, offset } }),
    placeholderData: keepPreviousData,
  })
  const decide = useMutation({
    mutationFn: ({ code, body }: { code: Code; body: { status: "mapped"; product_id: string } | { status: "not_assistance" } }) =>
      sdk.client.fetch<AdminCodeDecisionResponse>(`/admin/partner-codes/${code.id}`, { method: "POST", body }),
    onSuccess: (data, { body }) => {
      toast.success(body.status === "mapped" ? `已匹配，${data.queued_lines} 行将按原销售日入账 Mapped: ${data.queued_lines} lines booked on their sale days` : "已标记 Marked")
      setMapping(null)
      client.invalidateQueries({ queryKey: ["partner-codes"] })
      client.invalidateQueries({ queryKey: ["partners"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const list = codes.data?.codes ?? []
  const count = codes.data?.count ?? 0
  return (
    <Container className="flex flex-col gap-y-4 p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 pt-4">
        <Heading level="h1">待匹配商品码 Codes to review</Heading>
        <div role="tablist" className="flex flex-wrap gap-1">
          {(["waiting", "mapped", "not_assistance", "all"] as const).map((s) => (
            <Button
              key={s}
              role="tab"
              aria-selected={s === status}
              size="small"
              variant={s === status ? "primary" : "secondary"}
              onClick={() => {
                setOffset(0)
                setParams({ ...(partnerId ? { partner_id: partnerId } : {}), status: s })
              }}
            >
              {STATUS_LABELS[s]}
            </Button>
          ))}
        </div>
      </div>
      {partnerId && (
        <Text size="small" className="px-6">
          只看一个合作方 One partner only ·{" "}
          <button type="button" className="text-ui-fg-interactive hover:underline" onClick={() => setParams({ status })}>显示全部 Show all</button>
        </Text>
      )}
      {codes.error && <Text className="px-6 text-ui-fg-error">{codes.error.message}</Text>}
      <div className="overflow-x-auto">
        <Table data-testid="code-queue">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>合作方 Partner</Table.HeaderCell>
              <Table.HeaderCell>条码/SKU Code</Table.HeaderCell>
              <Table.HeaderCell>待入账行 Lines</Table.HeaderCell>
              <Table.HeaderCell>金额 Amount</Table.HeaderCell>
              <Table.HeaderCell>销售日 Sold</Table.HeaderCell>
              <Table.HeaderCell>状态 Status</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {list.map((c) => (
              <Table.Row key={c.id} data-testid="code-row">
                <Table.Cell>{c.partner ? `${c.partner.name_zh} · ${c.partner.name_en}` : c.partner_id}</Table.Cell>
                <Table.Cell>
                  <span className="text-ui-fg-subtle text-xs">{c.kind === "barcode" ? "条码 EAN" : "SKU"}</span> <span className="font-mono">{c.code}</span>
                </Table.Cell>
                <Table.Cell>{c.lines_waiting}</Table.Cell>
                <Table.Cell>{formatYuan(c.amount_fen_waiting)}</Table.Cell>
                <Table.Cell>{c.first_sold_at === c.last_sold_at ? day(c.first_sold_at) : `${day(c.first_sold_at)} – ${day(c.last_sold_at)}`}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" className="whitespace-nowrap" color={c.status === "waiting" ? "orange" : c.status === "mapped" ? "green" : "grey"}>{STATUS_LABELS[c.status]}</Badge>
                </Table.Cell>
                <Table.Cell className="flex justify-end gap-x-2 whitespace-nowrap">
                  {c.status === "waiting" && (
                    <>
                      <Button size="small" variant="secondary" onClick={() => setMapping(c)}>匹配商品 Map to product</Button>
                      <ConfirmButton
                        title={`${c.code}: 非消费帮扶商品? Not a consumption-assistance product?`}
                        description={`其 ${c.lines_waiting} 行不计入任何统计。 Its ${c.lines_waiting} lines stay out of every figure.`}
                        confirmText="确认 Confirm"
                        onConfirm={() => decide.mutate({ code: c, body: { status: "not_assistance" } })}
                      >
                        非帮扶商品 Not assistance
                      </ConfirmButton>
                    </>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {!codes.isLoading && list.length === 0 && <Text className="px-6 text-ui-fg-subtle">没有待处理的商品码 Nothing to review</Text>}
      <div className="flex items-center justify-between px-6 pb-4">
        <Text size="small">{count ? `${offset + 1}–${Math.min(offset + PAGE, count)} / ${count}` : "0"}</Text>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>上一页 Prev</Button>
          <Button size="small" variant="secondary" disabled={offset + PAGE >= count} onClick={() => setOffset(offset + PAGE)}>下一页 Next</Button>
        </div>
      </div>
      <Drawer open={mapping !== null} onOpenChange={(open) => !open && setMapping(null)}>
        <Drawer.Content>
          <Drawer.Header>
            <Drawer.Title>匹配 Map {mapping?.code}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="overflow-y-auto">
            {mapping && (
              <ProductPicker
                picking={decide.isPending}
                onPick={(product) => decide.mutate({ code: mapping, body: { status: "mapped", product_id: product.id } })}
              />
            )}
          </Drawer.Body>
        </Drawer.Content>
      </Drawer>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "待匹配 Codes to review" })

export default ReviewQueuePage
