import { Badge, Button, Heading, Input, Select, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { RELATION_TYPES, SHANGHAI_DISTRICTS, type RelationType } from "../../../modules/origin/constants"
import { fieldErrors, type FieldErrors } from "../../lib/field-error"
import { FormField } from "../../lib/form-field"
import { sdk } from "../../lib/sdk"
import { day, RELATION_LABELS, type Pairing } from "./types"

// The district select needs a value for "the whole city", which the API spells null.
const CITY = "city"
const FIELDS = ["district_zh", "relation_type", "valid_from", "valid_to"] as const
const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" })

function AddPairing({ countyId }: { countyId: string }) {
  const client = useQueryClient()
  const [district, setDistrict] = useState("")
  const [relation, setRelation] = useState<RelationType>("east_west")
  const [from, setFrom] = useState("")
  const [to, setTo] = useState("")
  const [errors, setErrors] = useState<FieldErrors>({})
  const add = useMutation({
    mutationFn: () =>
      sdk.client.fetch("/admin/origins/pairings", {
        method: "POST",
        body: {
          county_id: countyId,
          district_zh: district === CITY ? null : district,
          relation_type: relation,
          valid_from: from,
          valid_to: to || null,
        },
      }),
    onSuccess: () => {
      toast.success("已添加结对 Pairing added")
      setFrom("")
      setTo("")
      client.invalidateQueries({ queryKey: ["origin-counties"] })
    },
    onError: (e: Error) => setErrors(fieldErrors(e, FIELDS)),
  })
  return (
    <form
      aria-label="添加结对 Add a pairing"
      className="grid grid-cols-1 items-start gap-3 md:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault()
        setErrors({})
        add.mutate()
      }}
    >
      {errors.form && <Text className="text-ui-fg-error md:col-span-2" role="alert">{errors.form}</Text>}
      <FormField id="district_zh" label="上海结对区 Shanghai district" error={errors.district_zh}>
        <Select value={district} onValueChange={setDistrict}>
          <Select.Trigger id="district_zh">
            <Select.Value placeholder="选择区 Choose a district" />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={CITY}>全市 Whole city</Select.Item>
            {SHANGHAI_DISTRICTS.map((d) => (
              <Select.Item key={d.zh} value={d.zh}>{d.zh} {d.en}</Select.Item>
            ))}
          </Select.Content>
        </Select>
      </FormField>
      <FormField id="relation_type" label="类型 Relation" error={errors.relation_type}>
        <Select value={relation} onValueChange={(v) => setRelation(v as RelationType)}>
          <Select.Trigger id="relation_type">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {RELATION_TYPES.map((r) => (
              <Select.Item key={r} value={r}>{RELATION_LABELS[r]}</Select.Item>
            ))}
          </Select.Content>
        </Select>
      </FormField>
      <FormField id="valid_from" label="起 From" error={errors.valid_from}>
        <Input id="valid_from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} aria-invalid={!!errors.valid_from} />
      </FormField>
      <FormField id="valid_to" label="止 To (空 = 至今 empty = ongoing)" error={errors.valid_to}>
        <Input id="valid_to" type="date" value={to} onChange={(e) => setTo(e.target.value)} aria-invalid={!!errors.valid_to} />
      </FormField>
      <Button type="submit" isLoading={add.isPending} disabled={!district} className="md:col-span-2 md:justify-self-start">
        添加结对 Add pairing
      </Button>
    </form>
  )
}

/** Ending an open pairing sets its valid_to; the API refuses an end before its start. */
function ClosePairing({ pairing }: { pairing: Pairing }) {
  const client = useQueryClient()
  const [to, setTo] = useState(today())
  const [error, setError] = useState<string>()
  const close = useMutation({
    mutationFn: () => sdk.client.fetch(`/admin/origins/pairings/${pairing.id}`, { method: "POST", body: { valid_to: to } }),
    onSuccess: () => {
      toast.success("已结束 Pairing closed")
      client.invalidateQueries({ queryKey: ["origin-counties"] })
    },
    onError: (e: Error) => setError(fieldErrors(e, ["valid_to"]).valid_to ?? e.message),
  })
  const id = `close-${pairing.id}`
  return (
    <div className="flex flex-wrap items-end gap-2">
      <FormField id={id} label="结束于 Close on" error={error}>
        <Input id={id} type="date" size="small" value={to} onChange={(e) => setTo(e.target.value)} />
      </FormField>
      <Button size="small" variant="secondary" onClick={() => close.mutate()} isLoading={close.isPending}>
        结束 Close
      </Button>
    </div>
  )
}

/** A county's pairings oldest first, so succession (and any gap) reads top to bottom. */
export function PairingTimeline({ countyId, pairings }: { countyId: string; pairings: Pairing[] }) {
  const ordered = [...pairings].sort((a, b) => a.valid_from.localeCompare(b.valid_from))
  return (
    <section className="flex flex-col gap-y-4">
      <Heading level="h2">结对历程 Pairings</Heading>
      <ol className="border-ui-border-base ml-2 flex flex-col gap-y-4 border-l pl-4">
        {ordered.map((p) => (
          <li key={p.id} className="flex flex-col gap-y-1" data-pairing={p.id}>
            <Text weight="plus">
              {p.district_zh ? `${p.district_zh} ${p.district_en ?? ""}` : "全市 Whole city"} · {RELATION_LABELS[p.relation_type]}
            </Text>
            <div className="flex items-center gap-x-2">
              <Text size="small">{day(p.valid_from)} – {p.valid_to ? day(p.valid_to) : "至今 ongoing"}</Text>
              {!p.valid_to && <Badge color="green" size="2xsmall">当前 Current</Badge>}
            </div>
            {!p.valid_to && <ClosePairing pairing={p} />}
          </li>
        ))}
        {ordered.length === 0 && <Text size="small">尚无结对 No pairings yet</Text>}
      </ol>
      <AddPairing countyId={countyId} />
    </section>
  )
}
