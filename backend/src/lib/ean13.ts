export function ean13CheckDigit(first12: string): number {
  let sum = 0
  for (let i = 0; i < 12; i++) {
    sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3)
  }
  return (10 - (sum % 10)) % 10
}

export function isValidEan13(code: string): boolean {
  return /^\d{13}$/.test(code) && ean13CheckDigit(code) === Number(code[12])
}

/** A barcode under GS1 China's 690-699 prefixes, for catalogue items numbered from 1. */
export function ean13For(prefix: string, item: number): string {
  const first12 = `${prefix}${String(item).padStart(12 - prefix.length, "0")}`
  return `${first12}${ean13CheckDigit(first12)}`
}
