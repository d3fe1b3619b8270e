// One colour per paired province, shared by the region view (treemap) and the map of origins.
const PROVINCE_COLOURS: Record<string, string> = {
  "65": "#b45309", // Xinjiang
  "54": "#1d4ed8", // Tibet
  "63": "#0f766e", // Qinghai
  "52": "#15803d", // Guizhou
  "53": "#7e22ce", // Yunnan
  "50": "#be123c", // Chongqing
  "42": "#a16207", // Hubei
}
/** The colour of the province a province, prefecture or county code belongs to. */
export const colorOf = (code: string) => PROVINCE_COLOURS[code.slice(0, 2)] ?? "#57534e"
