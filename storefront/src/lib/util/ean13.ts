/** GS1 check digit of the first 12 digits: weights 1, 3, 1, 3… from the left. */
export function ean13CheckDigit(first12: string): number {
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3)
  return (10 - (sum % 10)) % 10
}

/** 13 digits whose last one is the check digit: a misread scan fails here, not at the counter. */
export function isValidEan13(code: string): boolean {
  return /^\d{13}$/.test(code) && ean13CheckDigit(code) === Number(code[12])
}
