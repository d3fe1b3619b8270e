import { Input, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { fieldErrors, type FieldErrors } from "../../lib/field-error"
import { DrawerForm } from "../../lib/drawer-form"
import { FormField } from "../../lib/form-field"
import { sdk } from "../../lib/sdk"
import { dateInput } from "./validity"

export type Certification = {
  id: string
  number: string
  issuer: string
  issued_at: string
  expires_at: string
  products?: { id: string; title: string }[] | null
}

const FIELDS = ["number", "issuer", "issued_at", "expires_at"] as const
type Values = Record<(typeof FIELDS)[number], string>

/**
 * A renewal keeps the certificate's length: it starts where the old one ends and runs as long, so
 * the operator usually only checks the dates and saves.
 */
function renewal(c: Certification): Values {
  const from = new Date(c.expires_at)
  const to = new Date(from.getTime() + (from.getTime() - new Date(c.issued_at).getTime()))
  return { number: c.number, issuer: c.issuer, issued_at: dateInput(from), expires_at: dateInput(to) }
}

const EMPTY: Values = { number: "", issuer: "", issued_at: "", expires_at: "" }

/** Create a certificate, or renew one (new dates, and a new number if the issuer gave one). */
export function CertificationForm({ renewing, onDone }: { renewing: Certification | null; onDone: () => void }) {
  const client = useQueryClient()
  const [values, setValues] = useState<Values>(renewing ? renewal(renewing) : EMPTY)
  const [errors, setErrors] = useState<FieldErrors>({})
  const save = useMutation({
    mutationFn: () =>
      sdk.client.fetch(renewing ? `/admin/origins/certifications/${renewing.id}` : "/admin/origins/certifications", {
        method: "POST",
        body: values,
      }),
    onSuccess: () => {
      toast.success(renewing ? "已续期 Renewed" : "已创建 Certification created")
      client.invalidateQueries({ queryKey: ["certifications"] })
      onDone()
    },
    onError: (e: Error) => setErrors(fieldErrors(e, FIELDS)),
  })
  const input = (field: keyof Values, label: string, type = "text") => (
    <FormField id={field} label={label} error={errors[field]}>
      <Input
        id={field}
        name={field}
        type={type}
        value={values[field]}
        onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
        aria-invalid={!!errors[field]}
      />
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
        {input("number", "证书编号 Number")}
        {input("issuer", "发证机构 Issuer")}
        {input("issued_at", "发证日期 Issued on", "date")}
        {input("expires_at", "有效期至 Expires on", "date")}
    </DrawerForm>
  )
}
