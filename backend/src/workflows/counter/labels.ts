import { SHANGHAI_DISTRICTS } from "../../modules/origin/constants"

export type CounterPlace = {
  name_zh: string
  name_en: string
  address: string
  district_zh: string
}

/** The name the counter's sales channel, stock location and publishable key share. */
export const counterLabel = ({ name_zh, name_en }: Pick<CounterPlace, "name_zh" | "name_en">) =>
  `柜台 ${name_zh} / ${name_en}`

export const districtEn = (zh: string) => SHANGHAI_DISTRICTS.find((d) => d.zh === zh)?.en ?? zh

/** A full postal address for the counter's stock location: the counter stores the street only. */
export const counterLocationAddress = ({ address, district_zh }: Pick<CounterPlace, "address" | "district_zh">) => ({
  address_1: `${district_zh}${address}`,
  city: "上海",
  province: "上海市",
  country_code: "CN",
})
