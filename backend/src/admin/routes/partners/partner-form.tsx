import { toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { PARTNER_KINDS } from "../../../modules/partner/constants"
import { DrawerForm } from "../../lib/drawer-form"
import { fieldErrors } from "../../lib/field-error"
import { useFormValues } from "../../lib/form-values"
import { sdk } from "../../lib/sdk"
import { DISTRICT_OPTIONS, optionsOf, SelectField } from "../../lib/select-field"
import { TextField } from "../../lib/text-field"
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
  const form = useFormValues<keyof Values>(partner ? valuesOf(partner) : EMPTY)
  const { values, errors, setErrors, set } = form
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
  return (
    <DrawerForm
      onSubmit={() => {
        setErrors({})
        save.mutate()
      }}
      formError={errors.form}
      saving={save.isPending}
    >
      <TextField form={form} field="name_zh" label="中文名 Name (zh)" />
      <TextField form={form} field="name_en" label="英文名 Name (en)" />
      <SelectField id="kind" label="类型 Kind" error={errors.kind} value={values.kind} onChange={set("kind")} options={optionsOf(PARTNER_KINDS, KIND_LABELS)} />
      <SelectField
        id="district_zh"
        label="上海所在区（如有） Shanghai district (if any)"
        error={errors.district_zh}
        value={values.district_zh || NO_DISTRICT}
        onChange={(v) => set("district_zh")(v === NO_DISTRICT ? "" : v)}
        options={[{ value: NO_DISTRICT, label: "— 无 None" }, ...DISTRICT_OPTIONS]}
      />
    </DrawerForm>
  )
}
