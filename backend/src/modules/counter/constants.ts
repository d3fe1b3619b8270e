export { COUNTER_KINDS, type CounterKind } from "@onecounty/contracts/enums"
