// Fen ↔ yuan lives in @onecounty/contracts, shared with the storefront and the console.
export { multiplyToFen, toFen, type AmountLike } from "@onecounty/contracts/money"
