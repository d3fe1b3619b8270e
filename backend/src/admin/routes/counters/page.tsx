import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminClerk,
  AdminClerksResponse,
  AdminCounter,
  AdminCounterSalesResponse,
  AdminCountersResponse,
  AdminSetupCodeResponse,
  SetupCode,
} from "@onecounty/contracts/admin-counters"
import { formatYuan } from "@onecounty/contracts/money"
import { useState } from "react"
import { sdk } from "../../lib/sdk"
import { CounterDevices } from "./counter-devices"


const time = (iso: string) => new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })
const failed = (e: Error) => toast.error(e.message)

/** Sales the server priced or stocked differently from the device: the operator's review queue. */
function FlaggedSales({ counterId }: { counterId: string }) {
  const sales = useQuery({
    queryKey: ["counter-flagged-sales", counterId],
    queryFn: () => sdk.client.fetch<AdminCounterSalesResponse>(`/admin/counters/${counterId}/sales`, { query: { flagged: "true" } }),
  })
  const list = sales.data?.sales ?? []
  return (
    <div className="flex flex-col gap-y-2">
      <Heading level="h2">待复核销售 Sales to review ({list.length})</Heading>
      {list.map((sale) => (
        <Text key={sale.id} size="small">
          #{sale.display_id} · {time(sale.sold_at)} · {formatYuan(sale.total)} · {sale.flags.map((f) => f.detail).join("; ")}
        </Text>
      ))}
    </div>
  )
}

function ClerkForm({ counterId }: { counterId: string }) {
  const client = useQueryClient()
  const [name, setName] = useState("")
  const [pin, setPin] = useState("")
  const [role, setRole] = useState<AdminClerk["role"]>("clerk")
  const create = useMutation({
    mutationFn: () => sdk.client.fetch(`/admin/counters/${counterId}/clerks`, { method: "POST", body: { name, pin, role } }),
    onSuccess: () => {
      setName("")
      setPin("")
      toast.success("已添加 Clerk added")
      client.invalidateQueries({ queryKey: ["counter-clerks", counterId] })
    },
    onError: failed,
  })
  return (
    <form
      className="grid grid-cols-4 items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault()
        create.mutate()
      }}
    >
      <div className="flex flex-col gap-y-1">
        <Label>姓名 Name</Label>
        <Input value={name} onChange={(e) => setName(e.target.value)} required />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label>PIN (4–6 位 digits)</Label>
        <Input value={pin} onChange={(e) => setPin(e.target.value)} inputMode="numeric" pattern="\d{4,6}" required />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label>角色 Role</Label>
        <Select value={role} onValueChange={(v) => setRole(v as AdminClerk["role"])}>
          <Select.Trigger>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="clerk">店员 Clerk</Select.Item>
            <Select.Item value="manager">店长 Manager</Select.Item>
          </Select.Content>
        </Select>
      </div>
      <Button type="submit" isLoading={create.isPending}>
        添加 Add
      </Button>
    </form>
  )
}

function CounterStaff({ counter }: { counter: AdminCounter }) {
  const client = useQueryClient()
  const [code, setCode] = useState<SetupCode | null>(null)
  const clerks = useQuery({
    queryKey: ["counter-clerks", counter.id],
    queryFn: () => sdk.client.fetch<AdminClerksResponse>(`/admin/counters/${counter.id}/clerks`),
  })
  const setup = useMutation({
    mutationFn: () => sdk.client.fetch<AdminSetupCodeResponse>(`/admin/counters/${counter.id}/setup-codes`, { method: "POST" }),
    onSuccess: (data) => setCode(data.setup_code),
    onError: failed,
  })
  const update = useMutation({
    mutationFn: ({ id, ...body }: { id: string; active?: boolean; pin?: string }) =>
      sdk.client.fetch(`/admin/counters/${counter.id}/clerks/${id}`, { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["counter-clerks", counter.id] }),
    onError: failed,
  })
  const resetPin = (clerk: AdminClerk) => {
    const pin = window.prompt(`${clerk.name} 的新 PIN / new PIN (4–6 digits)`)
    if (pin) {
      update.mutate({ id: clerk.id, pin })
    }
  }
  return (
    <div className="flex flex-col gap-y-4 px-6 py-4">
      <div className="flex items-center gap-x-4">
        <Button variant="secondary" onClick={() => setup.mutate()} isLoading={setup.isPending}>
          生成设备码 Create setup code
        </Button>
        {code && (
          <Text>
            <span className="font-mono text-xl tracking-widest">{code.code}</span> · 一次有效，至 valid once until {time(code.expires_at)}
          </Text>
        )}
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>姓名 Name</Table.HeaderCell>
            <Table.HeaderCell>角色 Role</Table.HeaderCell>
            <Table.HeaderCell>状态 Status</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(clerks.data?.clerks ?? []).map((clerk) => {
            const locked = clerk.locked_until && new Date(clerk.locked_until) > new Date()
            return (
              <Table.Row key={clerk.id}>
                <Table.Cell>{clerk.name}</Table.Cell>
                <Table.Cell>{clerk.role === "manager" ? "店长 Manager" : "店员 Clerk"}</Table.Cell>
                <Table.Cell>
                  <Badge color={!clerk.active ? "grey" : locked ? "red" : "green"}>
                    {!clerk.active ? "停用 Inactive" : locked ? `锁定至 Locked until ${time(clerk.locked_until as string)}` : "可用 Active"}
                  </Badge>
                </Table.Cell>
                <Table.Cell className="flex gap-x-2">
                  <Button size="small" variant="transparent" onClick={() => resetPin(clerk)}>
                    重设 PIN
                  </Button>
                  <Button size="small" variant="transparent" onClick={() => update.mutate({ id: clerk.id, active: !clerk.active })}>
                    {clerk.active ? "停用 Deactivate" : "启用 Activate"}
                  </Button>
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
      <ClerkForm counterId={counter.id} />
      <CounterDevices counterId={counter.id} />
      <FlaggedSales counterId={counter.id} />
    </div>
  )
}

/** Operators pin kiosk devices to a counter (and revoke them) and manage the counter's clerks and PINs. */
const CountersKioskPage = () => {
  const counters = useQuery({
    queryKey: ["counters-kiosk"],
    queryFn: () => sdk.client.fetch<AdminCountersResponse>("/admin/counters", { query: { limit: 100 } }),
  })
  const [selected, setSelected] = useState<string>("")
  const list = counters.data?.counters ?? []
  const counter = list.find((c) => c.id === selected) ?? list[0]
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h1">柜台收银 Counter kiosks</Heading>
        <div className="w-80">
          <Select value={counter?.id ?? ""} onValueChange={setSelected}>
            <Select.Trigger>
              <Select.Value placeholder="选择柜台 Choose a counter" />
            </Select.Trigger>
            <Select.Content>
              {list.map((c) => (
                <Select.Item key={c.id} value={c.id}>
                  {c.name_zh} · {c.code}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      {counter ? <CounterStaff key={counter.id} counter={counter} /> : <Text className="px-6 py-4">没有柜台 No counters yet</Text>}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "柜台收银 Kiosks", icon: BuildingStorefront })

export default CountersKioskPage
