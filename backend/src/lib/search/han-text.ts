const HAN = /\p{Script=Han}/u
const HAN_RUN = /\p{Script=Han}+/gu

/** Folds full-width forms and case, so "ＫａＦｅｉ", "KaFei" and "kafei" are the same term. */
export function foldText(text: string): string {
  return text.normalize("NFKC").toLowerCase()
}

export function hasHan(text: string): boolean {
  return HAN.test(text)
}

/** The runs of consecutive Han characters in a text: "澜沧普洱咖啡 454g" → ["澜沧普洱咖啡"]. */
export function hanRuns(text: string): string[] {
  return text.match(HAN_RUN) ?? []
}

/** Adjacent character pairs of a Han run: "普洱咖啡" → ["普洱", "洱咖", "咖啡"]. */
export function hanBigrams(run: string): string[] {
  const chars = [...run]
  return chars.slice(1).map((char, i) => chars[i] + char)
}
