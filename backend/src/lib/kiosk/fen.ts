/** Integer fen as the exact decimal yuan string Medusa stores, without floating point. */
export function fenToAmount(fen: number): string {
  if (!Number.isSafeInteger(fen)) {
    throw new Error(`${fen} is not a whole number of fen`)
  }
  const abs = Math.abs(fen)
  const text = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`
  return fen < 0 ? `-${text}` : text
}
