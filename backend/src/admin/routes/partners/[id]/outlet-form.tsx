import { Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { DrawerForm } from "../../../lib/drawer-form"
import { fieldErrors } from "../../../lib/field-error"
import { useFormValues } from "../../../lib/form-values"
import { sdk } from "../../../lib/sdk"
import { DistrictField } from "../../../lib/select-field"
import { TextField } from "../../../lib/text-field"
import type { Outlet } from "../types"

const FIELDS = ["code", "name", "district_zh"] as const
type Values = Record<(typeof FIELDS)[number], string>

/** Add an outlet (its code is what the partner's lines name in outlet_code) or rename / move one. */
export function OutletForm({ partnerId, outlet, onDone }: { partnerId: string; outlet: Outlet | null; onDone: () => void }) {
  const client = useQueryClient()
  const form = useFormValues<keyof Values>({ code: outlet?.code ?? "", name: outlet?.name ?? "", district_zh: outlet?.district_zh ?? "" })
  const { values, errors, setErrors } = form
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
        <TextField form={form} field="code" label="门店编码 Outlet code (outlet_code)" />
      )}
      <TextField form={form} field="name" label="门店名称 Outlet name" />
      <DistrictField form={form} field="district_zh" />
    </DrawerForm>
  )
}
