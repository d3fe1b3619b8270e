export const COUNTER_KINDS = ["hub", "counter", "outlet", "direct_store"] as const
export type CounterKind = (typeof COUNTER_KINDS)[number]
