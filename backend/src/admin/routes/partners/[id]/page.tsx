import { Badge, Button, Container, Drawer, Heading, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useNavigate, useParams } from "react-router-dom"
import { ConfirmButton } from "../../../lib/confirm-button"
import { sdk } from "../../../lib/sdk"
import { PartnerForm } from "../partner-form"
import { KIND_LABELS, type Partner } from "../types"
import { Credentials } from "./credentials"
import { Outlets } from "./outlets"
import { SalesUpload } from "./sales-upload"

/** One partner: who it is, its outlets, its API keys, and a sales file uploaded on its behalf. */
const PartnerPage = () => {
  const { id = "" } = useParams()
  const navigate = useNavigate()
  const [editing, setEditing] = useState(false)
  const partner = useQuery({
    queryKey: ["partner", id],
    queryFn: () => sdk.client.fetch<{ partner: Partner }>(`/admin/partners/${id}`),
  })
  const remove = useMutation({
    mutationFn: () => sdk.client.fetch(`/admin/partners/${id}`, { method: "DELETE" }),
    onSuccess: () => {
      toast.success("已删除 Partner removed")
      navigate("/partners")
    },
    onError: (e: Error) => toast.error(e.message),
  })
  if (partner.isLoading) {
    return <Container><Text>加载中… Loading…</Text></Container>
  }
  if (partner.error || !partner.data) {
    return <Container><Text className="text-ui-fg-error">{partner.error?.message ?? "未找到 Not found"}</Text></Container>
  }
  const p = partner.data.partner
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex flex-col gap-y-1">
          <Text size="small" className="text-ui-fg-subtle">
            <Link to="/partners" className="hover:underline">合作方 Partners</Link> /
          </Text>
          <Heading level="h1">{p.name_zh} · {p.name_en}</Heading>
          <div className="flex flex-wrap items-center gap-2">
            <Badge size="2xsmall">{KIND_LABELS[p.kind]}</Badge>
            {p.district_zh && <Badge size="2xsmall">{p.district_zh}</Badge>}
            {!!p.lines_waiting && (
              <Link to={`/partners/review?partner_id=${p.id}`}>
                <Badge size="2xsmall" color="orange">待匹配 {p.lines_waiting} 行 lines waiting →</Badge>
              </Link>
            )}
          </div>
        </div>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" onClick={() => setEditing(true)}>编辑 Edit</Button>
          <ConfirmButton
            variant="danger"
            title={`删除 ${p.name_zh}? Remove this partner?`}
            description="其密钥全部吊销；已入账的销售保留。 All its keys are revoked; booked sales stay."
            confirmText="删除 Remove"
            onConfirm={() => remove.mutate()}
          >
            删除 Remove
          </ConfirmButton>
        </div>
      </Container>
      <Outlets partnerId={p.id} outlets={p.outlets ?? []} />
      <Credentials partnerId={p.id} credentials={p.credentials ?? []} />
      <SalesUpload partnerId={p.id} />
      <Drawer open={editing} onOpenChange={setEditing}>
        <Drawer.Content>
          <Drawer.Header>
            <Drawer.Title>编辑 Edit {p.name_zh}</Drawer.Title>
          </Drawer.Header>
          {editing && <PartnerForm partner={p} onDone={() => setEditing(false)} />}
        </Drawer.Content>
      </Drawer>
    </div>
  )
}

export default PartnerPage
