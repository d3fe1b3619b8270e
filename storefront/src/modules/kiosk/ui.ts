// Touch targets: at least 48 px high, large text, for a counter screen used standing up.
export const bigButton =
  "inline-flex min-h-14 items-center justify-center gap-2 rounded-xl px-5 text-lg font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-50"
export const primary = `${bigButton} bg-brand-600 text-white active:bg-brand-800 hover:bg-brand-700`
export const secondary = `${bigButton} border-2 border-stone-300 bg-white text-ink active:bg-stone-100`
export const field = "min-h-14 w-full rounded-xl border-2 border-stone-300 bg-white px-4 text-xl tabular-nums focus:border-brand-600"
export const label = "block text-base font-medium text-muted"
