/**
 * The API answers bad input with a 400 whose message reads "field: reason"; zod failures come
 * through Medusa's formatter ("Invalid request: ...; ...", up to three issues, some phrased
 * "Field 'x' is required"). Forms use this to put each reason beside the field it names; a part
 * naming no field of the form is kept under "form" and shown above it.
 */
export type FieldErrors = Record<string, string>

function fieldOf(part: string, fields: readonly string[]): string | undefined {
  const prefixed = /^([a-z_]+):/.exec(part)?.[1]
  const quoted = /field '([a-z_]+)'/i.exec(part)?.[1]
  return [prefixed, quoted].find((f): f is string => !!f && fields.includes(f))
}

export function fieldErrors(error: Error, fields: readonly string[]): FieldErrors {
  const errors: FieldErrors = {}
  for (const part of error.message.replace(/^Invalid request:\s*/, "").split(/;\s*/)) {
    const field = fieldOf(part, fields) ?? "form"
    errors[field] = field === "form" ? part : part.replace(new RegExp(`^${field}:\\s*`), "")
  }
  return errors
}
