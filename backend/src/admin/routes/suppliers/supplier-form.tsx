import { Input, Select, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { creditCodeError } from "../../../lib/credit-code"
import { SUPPLIER_TYPES, type SupplierType } from "../../../modules/origin/constants"
import { useCountyOptions } from "../../lib/county-options"
import { fieldErrors, type FieldErrors } from "../../lib/field-error"
import { DrawerForm } from "../../lib/drawer-form"
import { FormField } from "../../lib/form-field"
import { sdk } from "../../lib/sdk"

export type Supplier = {
  id: string
  name: string
  type: SupplierType
  credit_code: string
  households_linked: number
  contact_phone: string | null
  county_id: string
  county?: { code: string; name_zh: string } | null
  products?: { id: string; title: string }[] | null
}

export const TYPE_LABELS: Record<SupplierType, string> = {
  enterprise: "企业 Enterprise",
  cooperative: "合作社 Cooperative",
  family_farm: "家庭农场 Family farm",
  trader: "经销商 Trader",
}

const FIELDS = ["name", "type", "credit_code", "county_id", "households_linked", "contact_phone"] as const
type Values = Record<(typeof FIELDS)[number], string>
const EMPTY: Values = { name: "", type: "cooperative", credit_code: "", county_id: "", households_linked: "0", contact_phone: "" }

// Only the form's own fields: the update route refuses any other key.
const valuesOf = (s: Supplier): Values => ({
  name: s.name,
  type: s.type,
  credit_code: s.credit_code,
  county_id: s.county_id,
  households_linked: String(s.households_linked),
  contact_phone: s.contact_phone ?? "",
})

/** Create or edit a supplier; the credit code is checked (GB 32100-2015) on every keystroke. */
export function SupplierForm({ supplier, onDone }: { supplier: Supplier | null; onDone: () => void }) {
  const client = useQueryClient()
  const counties = useCountyOptions()
  const [values, setValues] = useState<Values>(supplier ? valuesOf(supplier) : EMPTY)
  const [errors, setErrors] = useState<FieldErrors>({})
  const set = (field: keyof Values) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }))
    setErrors(({ [field]: _, ...rest }) => rest)
  }
  const creditCode = values.credit_code.trim().toUpperCase()
  const creditCodeProblem = creditCode ? creditCodeError(creditCode) : null
  const save = useMutation({
    mutationFn: () => {
      const body = {
        ...values,
        credit_code: creditCode,
        households_linked: Number(values.households_linked),
        contact_phone: values.contact_phone.trim() || null,
      }
      return sdk.client.fetch(supplier ? `/admin/origins/suppliers/${supplier.id}` : "/admin/origins/suppliers", {
        method: "POST",
        body,
      })
    },
    onSuccess: () => {
      toast.success(supplier ? "已保存 Saved" : "已创建 Supplier created")
      client.invalidateQueries({ queryKey: ["suppliers"] })
      onDone()
    },
    onError: (e: Error) => setErrors(fieldErrors(e, FIELDS)),
  })
  const input = (field: keyof Values, label: string, error = errors[field], type = "text") => (
    <FormField id={field} label={label} error={error}>
      <Input id={field} name={field} type={type} value={values[field]} onChange={(e) => set(field)(e.target.value)} aria-invalid={!!error} />
    </FormField>
  )
  return (
    <DrawerForm
      onSubmit={() => {
        setErrors({})
        save.mutate()
      }}
      formError={errors.form}
      saving={save.isPending} canSave={!creditCodeProblem}
    >
        {input("name", "名称 Name")}
        <FormField id="type" label="类型 Type" error={errors.type}>
          <Select value={values.type} onValueChange={set("type")}>
            <Select.Trigger id="type">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {SUPPLIER_TYPES.map((t) => (
                <Select.Item key={t} value={t}>{TYPE_LABELS[t]}</Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
        {input("credit_code", "统一社会信用代码 Credit code", errors.credit_code ?? creditCodeProblem ?? undefined)}
        <FormField id="county_id" label="所在县 County" error={errors.county_id}>
          <Select value={values.county_id} onValueChange={set("county_id")}>
            <Select.Trigger id="county_id">
              <Select.Value placeholder="选择县 Choose a county" />
            </Select.Trigger>
            <Select.Content>
              {(counties.data ?? []).map((c) => (
                <Select.Item key={c.id} value={c.id}>{c.name_zh} {c.name_en} · {c.code}</Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
        {input("households_linked", "带动农户 Households linked", errors.households_linked, "number")}
        {input("contact_phone", "联系电话 Contact phone", errors.contact_phone, "tel")}
    </DrawerForm>
  )
}
