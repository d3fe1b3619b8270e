// The backend's kiosk API as the device sees it (docs/KIOSK.md), from the shared contracts. Money in fen.
export type * from "@onecounty/contracts/kiosk"
