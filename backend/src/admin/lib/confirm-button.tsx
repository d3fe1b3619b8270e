import { Button, usePrompt } from "@medusajs/ui"
import type { ComponentProps, ReactNode } from "react"

type Props = {
  /** what the operator is asked, and what happens if they go on */
  title: string
  description: string
  confirmText: string
  onConfirm: () => void
  variant?: ComponentProps<typeof Button>["variant"]
  isLoading?: boolean
  children: ReactNode
}

/** A button for an action that cannot be taken back: it asks first, in Medusa's own dialog. */
export function ConfirmButton({ title, description, confirmText, onConfirm, variant = "transparent", isLoading, children }: Props) {
  const prompt = usePrompt()
  return (
    <Button
      size="small"
      variant={variant}
      isLoading={isLoading}
      onClick={async () => {
        if (await prompt({ title, description, confirmText, cancelText: "取消 Cancel" })) {
          onConfirm()
        }
      }}
    >
      {children}
    </Button>
  )
}
