import sharp from "sharp"
import type { CatalogueItem } from "./catalogue"
import type { CategoryHandle } from "./categories"
import type { PairedCounty } from "./county-data"

/** Square, large enough for the product page on a 2× screen; the storefront resizes it for lists. */
export const ILLUSTRATION_SIZE = 800

// Each category's colours (background from → to, motif) and a simple emblem drawn in a 200-unit box.
const STYLE: Record<CategoryHandle, { from: string; to: string; ink: string; emblem: string }> = {
  tea: { from: "#3f6212", to: "#14532d", ink: "#d9f99d", emblem: "M100 20C40 60 30 140 100 180C170 140 160 60 100 20ZM100 40V170" },
  coffee: { from: "#78350f", to: "#431407", ink: "#fde68a", emblem: "M100 25C55 25 40 80 40 100S55 175 100 175S160 120 160 100S145 25 100 25ZM100 30C80 80 120 120 100 170" },
  meat: { from: "#9f1239", to: "#4c0519", ink: "#fecdd3", emblem: "M40 110C40 60 90 30 130 45S175 110 140 140S70 170 50 150ZM120 80A15 15 0 1 0 121 80" },
  "fruit-nuts": { from: "#c2410c", to: "#7c2d12", ink: "#fed7aa", emblem: "M100 50C150 50 170 90 165 125S130 180 100 180S40 160 35 125S50 50 100 50ZM100 50C100 35 110 25 125 20" },
  "grains-oils": { from: "#a16207", to: "#713f12", ink: "#fef08a", emblem: "M100 180V30M100 60L75 45M100 60L125 45M100 90L72 72M100 90L128 72M100 120L70 100M100 120L130 100" },
  "mushrooms-herbs": { from: "#57534e", to: "#292524", ink: "#e7e5e4", emblem: "M30 100C30 50 170 50 170 100ZM85 100V170H115V100" },
  condiments: { from: "#b91c1c", to: "#7f1d1d", ink: "#fecaca", emblem: "M70 40H130V60H70ZM65 60H135L145 170H55Z" },
  handicrafts: { from: "#1e3a8a", to: "#172554", ink: "#bfdbfe", emblem: "M100 20L180 100L100 180L20 100ZM100 60L140 100L100 140L60 100Z" },
  other: { from: "#0f766e", to: "#134e4a", ink: "#99f6e4", emblem: "M100 30L120 80H175L130 112L148 165L100 133L52 165L70 112L25 80H80Z" },
}

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.codePointAt(0)};`)

/** A ridge line of mountains, its shape taken from the county's code so that no two are alike. */
function ridge(seed: string, base: number, height: number): string {
  let h = 2166136261
  const next = () => {
    for (const ch of seed) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0
    return (h % 1000) / 1000
  }
  const points = [`0,${ILLUSTRATION_SIZE}`, `0,${base}`]
  const peaks = 5
  for (let i = 0; i <= peaks * 2; i++) {
    const x = Math.round((i / (peaks * 2)) * ILLUSTRATION_SIZE)
    const y = i % 2 ? base - Math.round(height * (0.4 + 0.6 * next())) : base - Math.round(height * 0.15 * next())
    points.push(`${x},${y}`)
  }
  points.push(`${ILLUSTRATION_SIZE},${ILLUSTRATION_SIZE}`)
  return points.join(" ")
}

/** The SVG: the category's colours and emblem, the county's mountains, the product's and county's names. */
export function illustrationSvg(item: CatalogueItem, county: PairedCounty): string {
  const s = STYLE[item.category]
  const size = ILLUSTRATION_SIZE
  const name = [...item.name_zh]
  const nameSize = Math.min(112, Math.floor(680 / name.length))
  const place = [county.province_zh.replace(/(维吾尔|壮族|回族)?自治区$/, ""), county.prefecture_zh === county.province_zh ? "" : county.prefecture_zh, county.name_zh]
    .filter(Boolean)
    .join(" · ")
  const font = "'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif"
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="0.4" y2="1"><stop offset="0" stop-color="${s.from}"/><stop offset="1" stop-color="${s.to}"/></linearGradient></defs>
  <rect width="${size}" height="${size}" fill="url(#bg)"/>
  <circle cx="620" cy="170" r="120" fill="${s.ink}" opacity="0.12"/>
  <g transform="translate(280 70) scale(1.2)" fill="none" stroke="${s.ink}" stroke-width="9" stroke-linecap="round" stroke-linejoin="round" opacity="0.9"><path d="${s.emblem}"/></g>
  <polygon points="${ridge(county.code, 640, 150)}" fill="#000" opacity="0.18"/>
  <polygon points="${ridge(county.code + item.slug, 700, 90)}" fill="#000" opacity="0.22"/>
  <text x="400" y="420" text-anchor="middle" font-family="${font}" font-size="${nameSize}" font-weight="bold" fill="#fff">${escapeXml(item.name_zh)}</text>
  <text x="400" y="490" text-anchor="middle" font-family="${font}" font-size="34" fill="${s.ink}">${escapeXml(item.name_en)}</text>
  <text x="400" y="750" text-anchor="middle" font-family="${font}" font-size="36" fill="#fff" opacity="0.92">${escapeXml(place)}</text>
</svg>`
}

/** The illustration as WebP (sharp renders the SVG with the system's fonts: a CJK font must be installed). */
export async function renderIllustration(item: CatalogueItem, county: PairedCounty): Promise<Buffer> {
  return sharp(Buffer.from(illustrationSvg(item, county))).webp({ quality: 82 }).toBuffer()
}
