/**
 * Splits `amount` fen (≥ 0) over `weights` in proportion, by largest remainder so the parts add
 * up exactly; no part exceeds its weight while amount ≤ the weights' sum. BigInt keeps the
 * products exact.
 */
export function allocate(amount: number, weights: number[]): number[] {
  const total = weights.reduce((sum, w) => sum + BigInt(w), 0n)
  if (amount === 0 || total <= 0n) {
    return weights.map(() => 0)
  }
  const products = weights.map((w) => BigInt(amount) * BigInt(w))
  const parts = products.map((p) => p / total)
  let left = BigInt(amount) - parts.reduce((sum, p) => sum + p, 0n)
  const byRemainder = products
    .map((p, i) => ({ i, rest: p % total }))
    .sort((a, b) => (b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : a.i - b.i))
  for (const { i } of byRemainder) {
    if (left === 0n) {
      break
    }
    parts[i] += 1n
    left -= 1n
  }
  return parts.map(Number)
}

/** Like allocate, but what the preferred weights cannot hold spills over the fallback ones. */
export function allocatePreferring(amount: number, preferred: number[], fallback: number[]): number[] {
  const room = preferred.reduce((sum, w) => sum + w, 0)
  if (amount <= room) {
    return allocate(amount, preferred)
  }
  const spill = allocate(
    amount - room,
    fallback.map((w, i) => w - preferred[i])
  )
  return preferred.map((w, i) => w + spill[i])
}
