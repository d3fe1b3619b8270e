import { useState } from "react"
import type { FieldErrors } from "./field-error"

/**
 * A drawer form's text values and the API's reasons beside them: changing a field clears its
 * reason, so what is still shown is still wrong.
 */
export function useFormValues<F extends string>(initial: Record<F, string>) {
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState<FieldErrors>({})
  const set = (field: F) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }))
    setErrors(({ [field]: _, ...rest }) => rest)
  }
  return { values, errors, setErrors, set }
}

export type FormValues<F extends string> = ReturnType<typeof useFormValues<F>>
