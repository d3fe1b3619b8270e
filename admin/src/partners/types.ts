// The officials' partner routes (docs/PARTNERS.md), from the shared contracts.
export type * from "@onecounty/contracts/officials-partners"
