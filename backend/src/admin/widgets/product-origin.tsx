import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, AdminProduct } from "@medusajs/framework/types"
import { Badge, Button, Container, Drawer, Heading, Label, Select, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../lib/sdk"

type Named = { id: string; code?: string; name?: string; name_zh?: string; number?: string }
type Origin = {
  county?: { id: string; code: string; name_zh: string; name_en: string; prefecture?: { name_zh: string; province?: { name_zh: string } } } | null
  supplier?: { id: string; name: string; type: string; households_linked: number } | null
  certification?: { id: string; number: string; issuer: string; issued_at: string; expires_at: string } | null
}

const ORIGIN_FIELDS =
  "id,+county.id,+county.code,+county.name_zh,+county.name_en,+county.prefecture.name_zh,+county.prefecture.province.name_zh,+supplier.id,+supplier.name,+supplier.type,+supplier.households_linked,+certification.*"
const NONE = "none"

const day = (iso: string) => new Date(iso).toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" })

function useList(path: string, params: Record<string, string | undefined>, enabled = true) {
  return useQuery({
    queryKey: ["origins", path, params],
    queryFn: () => sdk.client.fetch<Record<string, Named[]>>(`/admin/origins/${path}`, { query: { limit: 500, ...params } }),
    select: (data) => data[path],
    enabled,
  })
}

function OriginPicker({
  label,
  value,
  options,
  onChange,
  describe,
}: {
  label: string
  value: string
  options: Named[]
  onChange: (id: string) => void
  describe: (row: Named) => string
}) {
  return (
    <div className="flex flex-col gap-y-2">
      <Label>{label}</Label>
      <Select value={value} onValueChange={onChange}>
        <Select.Trigger>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={NONE}>— 无 None —</Select.Item>
          {options.map((row) => (
            <Select.Item key={row.id} value={row.id}>
              {describe(row)}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}

const ProductOriginWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const queryClient = useQueryClient()
  const [open, setOpen] = useState(false)
  const { data: origin } = useQuery({
    queryKey: ["product-origin", product.id],
    queryFn: () =>
      sdk.client.fetch<{ product: Origin }>(`/admin/products/${product.id}`, { query: { fields: ORIGIN_FIELDS } }),
    select: (data) => data.product,
  })
  const [countyId, setCountyId] = useState(NONE)
  const [supplierId, setSupplierId] = useState(NONE)
  const [certificationId, setCertificationId] = useState(NONE)
  const counties = useList("counties", {}, open)
  const suppliers = useList("suppliers", { county_id: countyId === NONE ? undefined : countyId }, open && countyId !== NONE)
  const certifications = useList("certifications", {}, open)

  const save = useMutation({
    mutationFn: () =>
      sdk.client.fetch(`/admin/products/${product.id}/origin`, {
        method: "POST",
        body: {
          county_id: countyId === NONE ? null : countyId,
          supplier_id: supplierId === NONE ? null : supplierId,
          certification_id: certificationId === NONE ? null : certificationId,
        },
      }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: ["product-origin", product.id] })
      toast.success("产地信息已保存 Origin saved")
      setOpen(false)
    },
    onError: (error: Error) => toast.error(error.message),
  })

  const edit = () => {
    setCountyId(origin?.county?.id ?? NONE)
    setSupplierId(origin?.supplier?.id ?? NONE)
    setCertificationId(origin?.certification?.id ?? NONE)
    setOpen(true)
  }

  const cert = origin?.certification
  const certValid = cert ? new Date(cert.expires_at) > new Date() : false

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">产地与认证 Origin</Heading>
        <Button size="small" variant="secondary" onClick={edit}>
          编辑 Edit
        </Button>
      </div>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <div>
          <Text size="small" weight="plus">县 County</Text>
          <Text size="small">
            {origin?.county
              ? `${origin.county.name_zh} (${origin.county.code}) · ${origin.county.prefecture?.name_zh ?? ""} · ${origin.county.prefecture?.province?.name_zh ?? ""}`
              : "未设置 Not set — this product counts toward no county"}
          </Text>
        </div>
        <div>
          <Text size="small" weight="plus">供应商 Supplier</Text>
          <Text size="small">
            {origin?.supplier
              ? `${origin.supplier.name} · 带动农户 ${origin.supplier.households_linked} households`
              : "未设置 Not set"}
          </Text>
        </div>
        <div>
          <Text size="small" weight="plus">消费帮扶认证 Certification</Text>
          {cert ? (
            <div className="flex items-center gap-x-2">
              <Text size="small">
                {cert.number} · {cert.issuer} · {day(cert.issued_at)} – {day(cert.expires_at)}
              </Text>
              <Badge size="2xsmall" color={certValid ? "green" : "red"}>
                {certValid ? "有效 Valid" : "已过期 Expired"}
              </Badge>
            </div>
          ) : (
            <Badge size="2xsmall" color="orange">未认证 Uncertified — sales do not count toward targets</Badge>
          )}
        </div>
      </div>
      <Drawer open={open} onOpenChange={setOpen}>
        <Drawer.Content>
          <Drawer.Header>
            <Drawer.Title>产地与认证 Origin</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4">
            <OriginPicker
              label="县 County"
              value={countyId}
              options={counties.data ?? []}
              onChange={(id) => {
                setCountyId(id)
                setSupplierId(NONE)
              }}
              describe={(c) => `${c.name_zh} (${c.code})`}
            />
            <OriginPicker
              label="供应商 Supplier"
              value={supplierId}
              options={suppliers.data ?? []}
              onChange={setSupplierId}
              describe={(s) => s.name ?? s.id}
            />
            <OriginPicker
              label="认证 Certification"
              value={certificationId}
              options={certifications.data ?? []}
              onChange={setCertificationId}
              describe={(c) => c.number ?? c.id}
            />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button variant="secondary">取消 Cancel</Button>
            </Drawer.Close>
            <Button isLoading={save.isPending} onClick={() => save.mutate()}>
              保存 Save
            </Button>
          </Drawer.Footer>
        </Drawer.Content>
      </Drawer>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductOriginWidget
