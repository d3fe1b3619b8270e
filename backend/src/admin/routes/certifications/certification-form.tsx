import { toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import type { AdminCertification as Certification } from "@onecounty/contracts/admin-origins"
import { fieldErrors } from "../../lib/field-error"
import { DrawerForm } from "../../lib/drawer-form"
import { useFormValues } from "../../lib/form-values"
import { sdk } from "../../lib/sdk"
import { TextField } from "../../lib/text-field"
import { dateInput } from "./validity"

export type { AdminCertification as Certification } from "@onecounty/contracts/admin-origins"

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
  const form = useFormValues<keyof Values>(renewing ? renewal(renewing) : EMPTY)
  const { values, errors, setErrors } = form
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
  return (
    <DrawerForm
      onSubmit={() => {
        setErrors({})
        save.mutate()
      }}
      formError={errors.form}
      saving={save.isPending}
    >
        <TextField form={form} field="number" label="证书编号 Number" />
        <TextField form={form} field="issuer" label="发证机构 Issuer" />
        <TextField form={form} field="issued_at" label="发证日期 Issued on" type="date" />
        <TextField form={form} field="expires_at" label="有效期至 Expires on" type="date" />
    </DrawerForm>
  )
}
