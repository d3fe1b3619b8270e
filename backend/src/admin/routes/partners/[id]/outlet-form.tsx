import { Input, Select, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { SHANGHAI_DISTRICTS } from "../../../../modules/origin/constants"
import { DrawerForm } from "../../../lib/drawer-form"
import { fieldErrors, type FieldErrors } from "../../../lib/field-error"
import { FormField } from "../../../lib/form-field"
import { sdk } from "../../../lib/sdk"
import type { Outlet } from "../types"

const FIELDS = ["code", "name", "district_zh"] as const
type Values = Record<(typeof FIELDS)[number], string>

/** Add an outlet (its code is what the partner's lines name in outlet_code) or rename / move one. */
export function OutletForm({ partnerId, outlet, onDone }: { partnerId: string; outlet: Outlet | null; onDone: () => void }) {
  const client = useQueryClient()
  const [values, setValues] = useState<Values>({ code: outlet?.code ?? "", name: outlet?.name ?? "", district_zh: outlet?.district_zh ?? "" })
  const [errors, setErrors] = useState<FieldErrors>({})
  const set = (field: keyof Values) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }))
    setErrors(({ [field]: _, ...rest }) => rest)
  }
  const save = useMutation({
    mutationFn: () => {
      const { code, name, district_zh } = values
      const rest = { name: name.trim(), district_zh: district_zh || null }
      return outlet
        ? sdk.client.fetch(`/admin/partners/${partnerId}/outlets/${outlet.id}`, { method: "POST", body: rest })
        : sdk.client.fetch(`/admin/partners/${partnerId}/outlets`, { method: "POST", body: { code: code.trim(), ...rest } })
    },
    onSuccess: () => {
      toast.success(outlet ? "已保存 Saved" : "已添加门店 Outlet added")
      client.invalidateQueries({ queryKey: ["partner", partnerId] })
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
      {outlet ? (
        <Text size="small">门店编码 Outlet code: <span className="font-mono">{outlet.code}</span></Text>
      ) : (
        <FormField id="code" label="门店编码 Outlet code (outlet_code)" error={errors.code}>
          <Input id="code" name="code" value={values.code} onChange={(e) => set("code")(e.target.value)} aria-invalid={!!errors.code} />
        </FormField>
      )}
      <FormField id="name" label="门店名称 Outlet name" error={errors.name}>
        <Input id="name" name="name" value={values.name} onChange={(e) => set("name")(e.target.value)} aria-invalid={!!errors.name} />
      </FormField>
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
