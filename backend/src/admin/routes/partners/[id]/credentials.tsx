import { Badge, Button, Container, Copy, Heading, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import type { AdminIssuedCredentialResponse } from "@onecounty/contracts/admin-partners"
import { useState } from "react"
import { ConfirmButton } from "../../../lib/confirm-button"
import { sdk } from "../../../lib/sdk"
import { dateTime, type Credential } from "../types"

type Issued = AdminIssuedCredentialResponse

/** The secret as the API returned it, once: it is stored hashed, so closing this loses it for good. */
function SecretOnce({ issued, onClose }: { issued: Issued; onClose: () => void }) {
  return (
    <div className="flex flex-col gap-y-2 rounded-lg border border-ui-border-interactive bg-ui-bg-subtle p-4" role="alert" data-testid="secret-once">
      <Text weight="plus">新密钥只显示这一次，请立即复制并交给合作方。 This secret is shown once: copy it now and hand it to the partner.</Text>
      <div className="grid grid-cols-[auto_1fr_auto] items-center gap-x-3 gap-y-1 text-sm">
        <span className="text-ui-fg-subtle">Key ID</span>
        <code className="break-all" data-testid="issued-key-id">{issued.credential.key_id}</code>
        <Copy content={issued.credential.key_id} />
        <span className="text-ui-fg-subtle">Secret</span>
        <code className="break-all" data-testid="issued-secret">{issued.secret}</code>
        <Copy content={issued.secret} aria-label="复制密钥 Copy secret" />
      </div>
      <div>
        <Button size="small" variant="secondary" onClick={onClose}>我已保存 I have saved it</Button>
      </div>
    </div>
  )
}

/**
 * API keys of a partner: a key id and a secret for signing requests (HMAC-SHA256). A new or rotated
 * key's secret is shown once; rotating revokes the old key at once, revoking stops a key for good.
 */
export function Credentials({ partnerId, credentials }: { partnerId: string; credentials: Credential[] }) {
  const client = useQueryClient()
  const [issued, setIssued] = useState<Issued | null>(null)
  const refresh = () => client.invalidateQueries({ queryKey: ["partner", partnerId] })
  const failed = (e: Error) => toast.error(e.message)
  const create = useMutation({
    mutationFn: () => sdk.client.fetch<Issued>(`/admin/partners/${partnerId}/credentials`, { method: "POST", body: {} }),
    onSuccess: (data) => {
      setIssued(data)
      refresh()
    },
    onError: failed,
  })
  const rotate = useMutation({
    mutationFn: (id: string) => sdk.client.fetch<Issued>(`/admin/partners/${partnerId}/credentials/${id}/rotate`, { method: "POST", body: {} }),
    onSuccess: (data) => {
      setIssued(data)
      refresh()
    },
    onError: failed,
  })
  const revoke = useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/partners/${partnerId}/credentials/${id}/revoke`, { method: "POST", body: {} }),
    onSuccess: () => {
      toast.success("已吊销 Key revoked")
      refresh()
    },
    onError: failed,
  })
  return (
    <Container className="flex flex-col gap-y-3" data-testid="partner-credentials">
      <div className="flex items-center justify-between">
        <Heading level="h2">API 密钥 API keys</Heading>
        <Button size="small" variant="secondary" isLoading={create.isPending} onClick={() => create.mutate()}>新建密钥 New key</Button>
      </div>
      {issued && <SecretOnce issued={issued} onClose={() => setIssued(null)} />}
      {credentials.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">尚无密钥：没有 IT 系统的合作方可以上传文件。 No keys yet: partners without IT can upload files instead.</Text>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Key ID</Table.HeaderCell>
                <Table.HeaderCell>密钥尾号 Secret ends</Table.HeaderCell>
                <Table.HeaderCell>创建 Created</Table.HeaderCell>
                <Table.HeaderCell>最近使用 Last used</Table.HeaderCell>
                <Table.HeaderCell>状态 Status</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {credentials.map((c) => (
                <Table.Row key={c.id}>
                  <Table.Cell className="font-mono text-xs">{c.key_id}</Table.Cell>
                  <Table.Cell className="font-mono">…{c.secret_hint}</Table.Cell>
                  <Table.Cell>{dateTime(c.created_at)}</Table.Cell>
                  <Table.Cell>{dateTime(c.last_used_at)}</Table.Cell>
                  <Table.Cell>
                    {c.revoked_at ? (
                      <Badge size="2xsmall" color="red" className="whitespace-nowrap">已吊销 Revoked {dateTime(c.revoked_at)}</Badge>
                    ) : (
                      <Badge size="2xsmall" color="green" className="whitespace-nowrap">有效 Active</Badge>
                    )}
                  </Table.Cell>
                  <Table.Cell className="flex justify-end gap-x-2 whitespace-nowrap">
                    {!c.revoked_at && (
                      <>
                        <ConfirmButton
                          title="轮换密钥? Rotate this key?"
                          description="旧密钥立即失效，新密钥只显示一次。 The old key stops working at once; the new secret is shown once."
                          confirmText="轮换 Rotate"
                          onConfirm={() => rotate.mutate(c.id)}
                        >
                          轮换 Rotate
                        </ConfirmButton>
                        <ConfirmButton
                          title="吊销密钥? Revoke this key?"
                          description="用此密钥签名的请求将被拒绝，且无法恢复。 Requests signed with it are refused from now on; this cannot be undone."
                          confirmText="吊销 Revoke"
                          onConfirm={() => revoke.mutate(c.id)}
                        >
                          吊销 Revoke
                        </ConfirmButton>
                      </>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}
