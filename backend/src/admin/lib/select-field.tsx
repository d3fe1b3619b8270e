import { Select } from "@medusajs/ui"
import { SHANGHAI_DISTRICTS } from "../../modules/origin/constants"
import { FormField } from "./form-field"
import type { FormValues } from "./form-values"

export type SelectOption = { value: string; label: string }

export const optionsOf = <K extends string>(keys: readonly K[], labels: Record<K, string>): SelectOption[] =>
  keys.map((k) => ({ value: k, label: labels[k] }))

export const DISTRICT_OPTIONS: SelectOption[] = SHANGHAI_DISTRICTS.map((d) => ({ value: d.zh, label: `${d.zh} ${d.en}` }))

type Props = {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  options: SelectOption[]
  error?: string
  placeholder?: string
}

/** A labelled choice from a fixed list (kinds, districts, counties), with the API's reason under it. */
export function SelectField({ id, label, value, onChange, options, error, placeholder }: Props) {
  return (
    <FormField id={id} label={label} error={error}>
      <Select value={value} onValueChange={onChange}>
        <Select.Trigger id={id} aria-invalid={!!error}>
          <Select.Value placeholder={placeholder} />
        </Select.Trigger>
        <Select.Content>
          {options.map((o) => (
            <Select.Item key={o.value} value={o.value}>{o.label}</Select.Item>
          ))}
        </Select.Content>
      </Select>
    </FormField>
  )
}

/** The Shanghai district of a drawer form's record (a counter's, an outlet's). */
export function DistrictField<F extends string>({ form, field }: { form: FormValues<F>; field: F }) {
  return (
    <SelectField
      id={field}
      label="区 District"
      error={form.errors[field]}
      value={form.values[field]}
      onChange={form.set(field)}
      options={DISTRICT_OPTIONS}
      placeholder="选择区 Choose a district"
    />
  )
}
