import type { CounterPlace } from "../../workflows/counter/steps/find-counter"

export const counterView = (c: CounterPlace) => ({
  id: c.id,
  code: c.code,
  name: c.name_zh,
  name_zh: c.name_zh,
  name_en: c.name_en,
  kind: c.kind,
})
