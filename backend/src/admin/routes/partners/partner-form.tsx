import { Input, Select, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { PARTNER_KINDS } from "../../../modules/partner/constants"
import { SHANGHAI_DISTRICTS } from "../../../modules/origin/constants"
import { DrawerForm } from "../../lib/drawer-form"
import { fieldErrors, type FieldErrors } from "../../lib/field-error"
import { FormField } from "../../lib/form-field"
import { sdk } from "../../lib/sdk"
import { KIND_LABELS, type Partner } from "./types"

const FIELDS = ["name_zh", "name_en", "kind", "district_zh"] as const
type Values = Record<(typeof FIELDS)[number], string>
const EMPTY: Values = { name_zh: "", name_en: "", kind: "supermarket_chain", district_zh: "" }
// a Select cannot hold "", so "no district" has a value of its own
const NO_DISTRICT = "none"

const valuesOf = (p: Partner): Values => ({ name_zh: p.name_zh, name_en: p.name_en, kind: p.kind, district_zh: p.district_zh ?? "" })

/** Create or edit a partner (a supermarket chain, hub, platform, union, enterprise). */
export function PartnerForm({ partner, onDone }: { partner: Partner | null; onDone: (saved: Partner) => void }) {
  const client = useQueryClient()
  const [values, setValues] = useState<Values>(partner ? valuesOf(partner) : EMPTY)
  const [errors, setErrors] = useState<FieldErrors>({})
  const set = (field: keyof Values) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }))
    setErrors(({ [field]: _, ...rest }) => rest)
  }
  const save = useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ partner: Partner }>(partner ? `/admin/partners/${partner.id}` : "/admin/partners", {
        method: "POST",
        body: { ...values, name_zh: values.name_zh.trim(), name_en: values.name_en.trim(), district_zh: values.district_zh || null },
      }),
    onSuccess: ({ partner: saved }) => {
      toast.success(partner ? "已保存 Saved" : "已创建 Partner created")
      client.invalidateQueries({ queryKey: ["partners"] })
      client.invalidateQueries({ queryKey: ["partner", saved.id] })
      onDone(saved)
    },
    onError: (e: Error) => setErrors(fieldErrors(e, FIELDS)),
  })
  const input = (field: "name_zh" | "name_en", label: string) => (
    <FormField id={field} label={label} error={errors[field]}>
      <Input id={field} name={field} value={values[field]} onChange={(e) => set(field)(e.target.value)} aria-invalid={!!errors[field]} />
    </FormField>
  )
  return (
    <DrawerForm
      onSubmit={() => {
        setErrors({})
        save.mutate()
      }}
      formError={errors.form}
      saving={save.isPending}
    >
      {input("name_zh", "中文名 Name (zh)")}
      {input("name_en", "英文名 Name (en)")}
      <FormField id="kind" label="类型 Kind" error={errors.kind}>
        <Select value={values.kind} onValueChange={set("kind")}>
          <Select.Trigger id="kind">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {PARTNER_KINDS.map((k) => (
              <Select.Item key={k} value={k}>{KIND_LABELS[k]}</Select.Item>
            ))}
          </Select.Content>
        </Select>
      </FormField>
      <FormField id="district_zh" label="上海所在区（如有） Shanghai district (if any)" error={errors.district_zh}>
        <Select value={values.district_zh || NO_DISTRICT} onValueChange={(v) => set("district_zh")(v === NO_DISTRICT ? "" : v)}>
          <Select.Trigger id="district_zh">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={NO_DISTRICT}>— 无 None</Select.Item>
            {SHANGHAI_DISTRICTS.map((d) => (
              <Select.Item key={d.zh} value={d.zh}>{d.zh} {d.en}</Select.Item>
            ))}
          </Select.Content>
        </Select>
      </FormField>
    </DrawerForm>
  )
}
