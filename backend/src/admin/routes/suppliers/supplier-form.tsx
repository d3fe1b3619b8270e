import { toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import type { AdminSupplier as Supplier } from "@onecounty/contracts/admin-origins"
import { creditCodeError } from "../../../lib/credit-code"
import { SUPPLIER_TYPES, type SupplierType } from "../../../modules/origin/constants"
import { useCountyOptions } from "../../lib/county-options"
import { fieldErrors } from "../../lib/field-error"
import { DrawerForm } from "../../lib/drawer-form"
import { useFormValues } from "../../lib/form-values"
import { sdk } from "../../lib/sdk"
import { optionsOf, SelectField } from "../../lib/select-field"
import { TextField } from "../../lib/text-field"

export type { AdminSupplier as Supplier } from "@onecounty/contracts/admin-origins"

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
  const form = useFormValues<keyof Values>(supplier ? valuesOf(supplier) : EMPTY)
  const { values, errors, setErrors, set } = form
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
  return (
    <DrawerForm
      onSubmit={() => {
        setErrors({})
        save.mutate()
      }}
      formError={errors.form}
      saving={save.isPending} canSave={!creditCodeProblem}
    >
        <TextField form={form} field="name" label="名称 Name" />
        <SelectField id="type" label="类型 Type" error={errors.type} value={values.type} onChange={set("type")} options={optionsOf(SUPPLIER_TYPES, TYPE_LABELS)} />
        <TextField form={form} field="credit_code" label="统一社会信用代码 Credit code" error={creditCodeProblem} />
        <SelectField
          id="county_id"
          label="所在县 County"
          error={errors.county_id}
          value={values.county_id}
          onChange={set("county_id")}
          options={(counties.data ?? []).map((c) => ({ value: c.id, label: `${c.name_zh} ${c.name_en} · ${c.code}` }))}
          placeholder="选择县 Choose a county"
        />
        <TextField form={form} field="households_linked" label="带动农户 Households linked" type="number" />
        <TextField form={form} field="contact_phone" label="联系电话 Contact phone" type="tel" />
    </DrawerForm>
  )
}
