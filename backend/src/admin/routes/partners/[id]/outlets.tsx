import { Button, Container, Drawer, Heading, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { ConfirmButton } from "../../../lib/confirm-button"
import { sdk } from "../../../lib/sdk"
import type { Outlet } from "../types"
import { OutletForm } from "./outlet-form"

/** The partner's outlets: the codes its sales lines name, each in a Shanghai district. */
export function Outlets({ partnerId, outlets }: { partnerId: string; outlets: Outlet[] }) {
  const client = useQueryClient()
  // undefined: drawer closed; null: adding; an outlet: editing it.
  const [editing, setEditing] = useState<Outlet | null | undefined>(undefined)
  const remove = useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/partners/${partnerId}/outlets/${id}`, { method: "DELETE" }),
    onSuccess: () => {
      toast.success("已删除 Outlet removed")
      client.invalidateQueries({ queryKey: ["partner", partnerId] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  return (
    <Container className="flex flex-col gap-y-3" data-testid="partner-outlets">
      <div className="flex items-center justify-between">
        <Heading level="h2">门店 Outlets ({outlets.length})</Heading>
        <Button size="small" variant="secondary" onClick={() => setEditing(null)}>添加门店 Add outlet</Button>
      </div>
      {outlets.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">尚无门店：报送的每一行都要写明门店编码。 No outlets yet: every reported line names its outlet code.</Text>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>编码 Code</Table.HeaderCell>
                <Table.HeaderCell>名称 Name</Table.HeaderCell>
                <Table.HeaderCell>区 District</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {outlets.map((o) => (
                <Table.Row key={o.id}>
                  <Table.Cell className="font-mono">{o.code}</Table.Cell>
                  <Table.Cell>{o.name}</Table.Cell>
                  <Table.Cell>{o.district_zh ?? "—"}</Table.Cell>
                  <Table.Cell className="flex justify-end gap-x-2">
                    <Button size="small" variant="transparent" onClick={() => setEditing(o)}>编辑 Edit</Button>
                    <ConfirmButton
                      title={`删除门店 ${o.code}? Remove this outlet?`}
                      description="已入账的销售保留；之后报送该门店编码的行将被拒绝。 Booked sales stay; lines naming this code are refused from now on."
                      confirmText="删除 Remove"
                      onConfirm={() => remove.mutate(o.id)}
                    >
                      删除 Remove
                    </ConfirmButton>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <Drawer open={editing !== undefined} onOpenChange={(open) => !open && setEditing(undefined)}>
        <Drawer.Content>
          <Drawer.Header>
            <Drawer.Title>{editing ? `编辑门店 Edit ${editing.code}` : "添加门店 New outlet"}</Drawer.Title>
          </Drawer.Header>
          {editing !== undefined && <OutletForm key={editing?.id ?? "new"} partnerId={partnerId} outlet={editing} onDone={() => setEditing(undefined)} />}
        </Drawer.Content>
      </Drawer>
    </Container>
  )
}
