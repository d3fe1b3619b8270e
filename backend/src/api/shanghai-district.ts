import { z } from "@medusajs/framework/zod"
import { SHANGHAI_DISTRICTS } from "../modules/origin/constants"

export const shanghaiDistrictZh = z.string().refine((zh) => SHANGHAI_DISTRICTS.some((d) => d.zh === zh), {
  message: `district_zh: must be one of Shanghai's 16 districts (${SHANGHAI_DISTRICTS.map((d) => d.zh).join(", ")})`,
})

/** A Shanghai district by its Chinese or English name, as its Chinese name (officials, reports). */
export const shanghaiDistrict = z.string().transform((name, ctx) => {
  const found = SHANGHAI_DISTRICTS.find((d) => d.zh === name || d.en.toLowerCase() === name.toLowerCase())
  if (!found) {
    ctx.addIssue({ code: "custom", message: `district: ${name} is not one of Shanghai's 16 districts` })
    return z.NEVER
  }
  return found.zh
})
