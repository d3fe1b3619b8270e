import { Input, Select, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { COUNTER_KINDS, type CounterKind } from "../../../modules/counter/constants"
import { SHANGHAI_DISTRICTS } from "../../../modules/origin/constants"
import { fieldErrors, type FieldErrors } from "../../lib/field-error"
import { DrawerForm } from "../../lib/drawer-form"
import { FormField } from "../../lib/form-field"
import { sdk } from "../../lib/sdk"

export type Counter = {
  id: string
  code: string
  name_zh: string
  name_en: string
  kind: CounterKind
  address: string
  district_zh: string
  sales_channel?: { id: string; name: string; publishable_api_keys?: { id: string; token: string; revoked_at: string | null }[] } | null
  stock_location?: { id: string; name: string } | null
}

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
  const [values, setValues] = useState<Values>(counter ? valuesOf(counter) : EMPTY)
  const [errors, setErrors] = useState<FieldErrors>({})
  const set = (field: keyof Values) => (value: string) => setValues((v) => ({ ...v, [field]: value }))
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
  const input = (field: keyof Values, label: string) => (
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
        {counter ? (
          <Text size="small">编码 Code: <span className="font-mono">{counter.code}</span></Text>
        ) : (
          input("code", "编码 Code (e.g. CTR-XH)")
        )}
        {input("name_zh", "中文名 Name (zh)")}
        {input("name_en", "英文名 Name (en)")}
        <FormField id="kind" label="类型 Kind" error={errors.kind}>
          <Select value={values.kind} onValueChange={set("kind")}>
            <Select.Trigger id="kind">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {COUNTER_KINDS.map((k) => (
                <Select.Item key={k} value={k}>{KIND_LABELS[k]}</Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
        {input("address", "地址 Address")}
        <FormField id="district_zh" label="区 District" error={errors.district_zh}>
          <Select value={values.district_zh} onValueChange={set("district_zh")}>
            <Select.Trigger id="district_zh">
              <Select.Value placeholder="选择区 Choose a district" />
            </Select.Trigger>
            <Select.Content>
              {SHANGHAI_DISTRICTS.map((d) => (
                <Select.Item key={d.zh} value={d.zh}>{d.zh} {d.en}</Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
    </DrawerForm>
  )
}
