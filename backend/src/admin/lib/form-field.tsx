import { Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A labelled form control with the API's (or the client check's) reason shown right under it. */
export function FormField({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id}>{label}</Label>
      {children}
      {error && (
        <Text size="small" className="text-ui-fg-error" role="alert" data-field-error={id}>
          {error}
        </Text>
      )}
    </div>
  )
}
