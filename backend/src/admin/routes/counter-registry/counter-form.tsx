import { Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import type { AdminCounter as Counter } from "@onecounty/contracts/admin-counters"
import { COUNTER_KINDS, type CounterKind } from "../../../modules/counter/constants"
import { fieldErrors } from "../../lib/field-error"
import { DrawerForm } from "../../lib/drawer-form"
import { useFormValues } from "../../lib/form-values"
import { sdk } from "../../lib/sdk"
import { DistrictField, optionsOf, SelectField } from "../../lib/select-field"
import { TextField } from "../../lib/text-field"

export type { AdminCounter as Counter } from "@onecounty/contracts/admin-counters"

export const KIND_LABELS: Record<CounterKind, string> = {
  hub: "枢纽 Hub",
  counter: "专柜 Counter",
  outlet: "门店 Outlet",
  direct_store: "直营店 Direct store",
}

const FIELDS = ["code", "name_zh", "name_en", "kind", "address", "district_zh"] as const
type Values = Record<(typeof FIELDS)[number], string>
const EMPTY: Values = { code: "", name_zh: "", name_en: "", kind: "counter", address: "", district_zh: "" }

// Only the form's own fields: the update route refuses any other key.
const valuesOf = (c: Counter): Values => ({
  code: c.code,
  name_zh: c.name_zh,
  name_en: c.name_en,
  kind: c.kind,
  address: c.address,
  district_zh: c.district_zh,
})

/**
 * Create or edit a counter in a drawer. Creating also makes its sales channel, stock location and
 * publishable key (the createCounter workflow); the code is fixed once made, so editing leaves it out.
 */
export function CounterForm({ counter, onDone }: { counter: Counter | null; onDone: () => void }) {
  const client = useQueryClient()
  const form = useFormValues<keyof Values>(counter ? valuesOf(counter) : EMPTY)
  const { values, errors, setErrors, set } = form
  const save = useMutation({
    mutationFn: () => {
      const { code, ...rest } = values
      return counter
        ? sdk.client.fetch(`/admin/counters/${counter.id}`, { method: "POST", body: rest })
        : sdk.client.fetch("/admin/counters", { method: "POST", body: { code, ...rest } })
    },
    onSuccess: () => {
      toast.success(counter ? "已保存 Saved" : "已创建 Counter created")
      client.invalidateQueries({ queryKey: ["counters"] })
      onDone()
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
        {counter ? (
          <Text size="small">编码 Code: <span className="font-mono">{counter.code}</span></Text>
        ) : (
          <TextField form={form} field="code" label="编码 Code (e.g. CTR-XH)" />
        )}
        <TextField form={form} field="name_zh" label="中文名 Name (zh)" />
        <TextField form={form} field="name_en" label="英文名 Name (en)" />
        <SelectField id="kind" label="类型 Kind" error={errors.kind} value={values.kind} onChange={set("kind")} options={optionsOf(COUNTER_KINDS, KIND_LABELS)} />
        <TextField form={form} field="address" label="地址 Address" />
        <DistrictField form={form} field="district_zh" />
    </DrawerForm>
  )
}
