import type { CounterKind } from "@onecounty/contracts/enums"
import type { KioskCounter } from "@onecounty/contracts/kiosk"
import type { CounterPlace } from "../../workflows/counter/steps/find-counter"

export const counterView = (c: CounterPlace): Required<KioskCounter> => ({
  id: c.id,
  code: c.code,
  name: c.name_zh,
  name_zh: c.name_zh,
  name_en: c.name_en,
  kind: c.kind as CounterKind,
})
