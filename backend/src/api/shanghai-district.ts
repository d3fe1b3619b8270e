import { z } from "@medusajs/framework/zod"
import { SHANGHAI_DISTRICTS } from "../modules/origin/constants"

export const shanghaiDistrictZh = z.string().refine((zh) => SHANGHAI_DISTRICTS.some((d) => d.zh === zh), {
  message: `district_zh: must be one of Shanghai's 16 districts (${SHANGHAI_DISTRICTS.map((d) => d.zh).join(", ")})`,
})
