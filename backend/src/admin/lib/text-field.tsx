import { Input } from "@medusajs/ui"
import { FormField } from "./form-field"
import type { FormValues } from "./form-values"

type Props<F extends string> = {
  form: FormValues<F>
  field: F
  label: string
  type?: string
  /** a reason checked in the browser, shown when the API has none */
  error?: string | null
}

/** A labelled text input bound to one field of a drawer form, with its reason under it. */
export function TextField<F extends string>({ form, field, label, type = "text", error }: Props<F>) {
  const shown = form.errors[field] ?? error ?? undefined
  return (
    <FormField id={field} label={label} error={shown}>
      <Input id={field} name={field} type={type} value={form.values[field]} onChange={(e) => form.set(field)(e.target.value)} aria-invalid={!!shown} />
    </FormField>
  )
}
