import { Badge, Button, Heading, Table, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { AdminDevice, AdminDevicesResponse } from "@onecounty/contracts/admin-counters"
import { sdk } from "../../lib/sdk"

const time = (iso: string | null) => (iso ? new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" }) : "—")

/** The counter's registered devices; revoking one refuses its token from the next request on. */
export function CounterDevices({ counterId }: { counterId: string }) {
  const client = useQueryClient()
  const devices = useQuery({
    queryKey: ["counter-devices", counterId],
    queryFn: () => sdk.client.fetch<AdminDevicesResponse>(`/admin/counters/${counterId}/devices`),
  })
  const revoke = useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/counters/${counterId}/devices/${id}/revoke`, { method: "POST" }),
    onSuccess: () => {
      toast.success("已停用设备 Device revoked")
      client.invalidateQueries({ queryKey: ["counter-devices", counterId] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const confirmRevoke = (device: AdminDevice) => {
    if (window.confirm(`停用设备 Revoke device ${device.id}? 该设备需用新的设备码重新登记 It must be set up again with a new code.`)) {
      revoke.mutate(device.id)
    }
  }
  return (
    <div className="flex flex-col gap-y-2">
      <Heading level="h2">设备 Devices</Heading>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>设备 Device</Table.HeaderCell>
            <Table.HeaderCell>登记 Registered</Table.HeaderCell>
            <Table.HeaderCell>最近在线 Last seen</Table.HeaderCell>
            <Table.HeaderCell>状态 Status</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(devices.data?.devices ?? []).map((device) => (
            <Table.Row key={device.id}>
              <Table.Cell className="font-mono">{device.id}</Table.Cell>
              <Table.Cell>{time(device.created_at)}</Table.Cell>
              <Table.Cell>{time(device.last_seen_at)}</Table.Cell>
              <Table.Cell>
                <Badge color={device.revoked_at ? "grey" : "green"}>
                  {device.revoked_at ? `已停用 Revoked ${time(device.revoked_at)}` : "可用 Active"}
                </Badge>
              </Table.Cell>
              <Table.Cell>
                {!device.revoked_at && (
                  <Button size="small" variant="transparent" onClick={() => confirmRevoke(device)} isLoading={revoke.isPending}>
                    停用 Revoke
                  </Button>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
