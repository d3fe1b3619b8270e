"use client"

import { useTranslations } from "next-intl"
import type { AddressErrors, CnAddress } from "@/lib/util/address"

type Field = keyof CnAddress
const FIELDS: { name: Field; autoComplete: string; type?: string; inputMode?: "tel" | "numeric"; wide?: boolean; optional?: boolean }[] = [
  { name: "name", autoComplete: "name" },
  { name: "mobile", autoComplete: "tel-national", type: "tel", inputMode: "tel" },
  { name: "province", autoComplete: "address-level1" },
  { name: "city", autoComplete: "address-level2" },
  { name: "district", autoComplete: "address-level3" },
  { name: "postal_code", autoComplete: "postal-code", inputMode: "numeric", optional: true },
  { name: "street", autoComplete: "street-address", wide: true },
]

/** Chinese address in its own order: recipient, mobile, 省 / 市 / 区, street. */
export function AddressFields({ values, errors, prefix = "" }: { values?: Partial<CnAddress>; errors?: AddressErrors; prefix?: string }) {
  const t = useTranslations("address")
  const c = useTranslations("common")
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {FIELDS.map((f) => {
        const id = `${prefix}${f.name}`
        const err = errors?.[f.name]
        const label = t(f.name)
        return (
          <div key={f.name} className={f.wide ? "sm:col-span-2" : ""}>
            <label className="label" htmlFor={id}>
              {label}
              {f.optional && <span className="ml-1 font-normal text-muted">({c("optional")})</span>}
            </label>
            <input
              id={id}
              name={f.name}
              type={f.type ?? "text"}
              inputMode={f.inputMode}
              autoComplete={f.autoComplete}
              required={!f.optional}
              defaultValue={values?.[f.name] ?? ""}
              placeholder={t(`placeholders.${f.name}`)}
              aria-invalid={err ? true : undefined}
              aria-describedby={err ? `${id}-error` : undefined}
              className="input"
            />
            {err && (
              <p id={`${id}-error`} className="field-error" data-testid={`error-${f.name}`}>
                {t(`errors.${err}`, { field: label })}
              </p>
            )}
          </div>
        )
      })}
    </div>
  )
}
