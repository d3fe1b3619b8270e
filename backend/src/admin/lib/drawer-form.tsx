import { Button, Drawer, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type Props = {
  onSubmit: () => void
  /** a refusal that names no field of the form */
  formError?: string
  saving: boolean
  canSave?: boolean
  children: ReactNode
}

/** The body and footer of an operator's create / edit drawer: its fields, a form-level error, cancel and save. */
export function DrawerForm({ onSubmit, formError, saving, canSave = true, children }: Props) {
  return (
    <form
      className="flex flex-1 flex-col overflow-hidden"
      onSubmit={(e) => {
        e.preventDefault()
        onSubmit()
      }}
    >
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        {formError && <Text className="text-ui-fg-error" role="alert">{formError}</Text>}
        {children}
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button variant="secondary" type="button">取消 Cancel</Button>
        </Drawer.Close>
        <Button type="submit" isLoading={saving} disabled={!canSave}>保存 Save</Button>
      </Drawer.Footer>
    </form>
  )
}
