// GB 32100-2015 unified social credit code: 18 characters, the last a mod-31 check character.
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export function creditCodeCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) {
    sum += CHARSET.indexOf(first17[i]) * WEIGHTS[i]
  }
  return CHARSET[(31 - (sum % 31)) % 31]
}

/** Returns why the code is invalid, or null when it is valid. */
export function creditCodeError(code: string): string | null {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) {
    return "must be 18 characters: 2 registration characters, a 6-digit division code, 10 characters from 0-9 and A-Y without I, O, S, V, Z"
  }
  const expected = creditCodeCheckChar(code.slice(0, 17))
  return code[17] === expected ? null : `check character should be ${expected}`
}
