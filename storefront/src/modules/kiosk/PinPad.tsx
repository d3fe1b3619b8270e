"use client"

import { useTranslations } from "next-intl"

const KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9"]

/** A 4–6 digit PIN: on-screen keys for touch, the field itself for a keyboard. */
export function PinPad({ value, onChange, onSubmit, disabled, id }: { value: string; onChange: (v: string) => void; onSubmit: () => void; disabled?: boolean; id: string }) {
  const t = useTranslations("kiosk.login")
  const press = (d: string) => value.length < 6 && onChange(value + d)
  const key = "h-16 rounded-xl border-2 border-stone-300 bg-white text-2xl font-semibold active:bg-stone-100 disabled:opacity-50"
  return (
    <form
      className="mx-auto w-72 space-y-3"
      onSubmit={(e) => {
        e.preventDefault()
        onSubmit()
      }}
    >
      <label htmlFor={id} className="sr-only">
        {t("pin")}
      </label>
      <input
        id={id}
        data-testid="pin-input"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        pattern="\d{4,6}"
        maxLength={6}
        placeholder={t("pin")}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value.replace(/\D/g, "").slice(0, 6))}
        className="h-16 w-full rounded-xl border-2 border-stone-300 bg-white text-center text-3xl tracking-[0.5em]"
      />
      <div className="grid grid-cols-3 gap-2">
        {KEYS.map((d) => (
          <button key={d} type="button" className={key} onClick={() => press(d)} disabled={disabled}>
            {d}
          </button>
        ))}
        <button type="button" className={`${key} text-base`} onClick={() => onChange("")} disabled={disabled}>
          {t("clear")}
        </button>
        <button type="button" className={key} onClick={() => press("0")} disabled={disabled}>
          0
        </button>
        <button type="button" className={`${key} text-base`} onClick={() => onChange(value.slice(0, -1))} disabled={disabled} aria-label={t("back")}>
          ⌫
        </button>
      </div>
      <button type="submit" data-testid="pin-submit" className="h-16 w-full rounded-xl bg-brand-600 text-xl font-semibold text-white disabled:opacity-50" disabled={disabled || value.length < 4}>
        {t("submit")}
      </button>
    </form>
  )
}
