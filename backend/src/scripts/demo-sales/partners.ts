import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DateTime } from "luxon"
import { checkPartnerLines } from "../../lib/partners/check-lines"
import { PARTNER_MODULE } from "../../modules/partner"
import type { PartnerKind } from "../../modules/partner/constants"
import type PartnerModuleService from "../../modules/partner/service"
import { linesPayload } from "../../modules/partner/service"
import type { DemoCatalogue } from "./catalogue"
import { bookPartnerKeys } from "../../reporting/partners/book-partner-keys"
import { submissionKey } from "../../reporting/partners/partner-key"
import { recordPartnerSalesWorkflow } from "../../workflows/partner/record-partner-sales"

type DemoPartner = {
  name_zh: string
  name_en: string
  kind: PartnerKind
  district_zh: string | null
  outlets: { code: string; name: string; district_zh: string }[]
  /** references per day at each outlet (a union reports monthly: its lines fall on the 25th) */
  perDay: number
  monthly?: boolean
}

const PARTNERS: DemoPartner[] = [
  {
    name_zh: "联华超市",
    name_en: "Lianhua Supermarket",
    kind: "supermarket_chain",
    district_zh: null,
    outlets: [
      { code: "LH-HP-01", name: "联华 黄浦店", district_zh: "黄浦区" },
      { code: "LH-BS-01", name: "联华 宝山店", district_zh: "宝山区" },
      { code: "LH-PD-01", name: "联华 浦东店", district_zh: "浦东新区" },
      { code: "LH-MH-01", name: "联华 闵行店", district_zh: "闵行区" },
    ],
    perDay: 2,
  },
  {
    name_zh: "盒马鲜生",
    name_en: "Freshippo",
    kind: "supermarket_chain",
    district_zh: null,
    outlets: [
      { code: "HM-JA-01", name: "盒马 静安店", district_zh: "静安区" },
      { code: "HM-XH-01", name: "盒马 徐汇店", district_zh: "徐汇区" },
      { code: "HM-JD-01", name: "盒马 嘉定店", district_zh: "嘉定区" },
    ],
    perDay: 2,
  },
  {
    name_zh: "上海市总工会",
    name_en: "Shanghai Federation of Trade Unions",
    kind: "union",
    district_zh: "黄浦区",
    outlets: [{ code: "ZGH-01", name: "工会集中采购", district_zh: "黄浦区" }],
    perDay: 30,
    monthly: true,
  },
]

/** Barcodes no catalogue variant has, so the review queue has something to show. */
const UNKNOWN_BARCODES = ["6909999999996", "6909999999989"]

/** A small deterministic generator: the same (partner, day, n) always plans the same line. */
function pick(seed: string, n: number): number {
  let h = 2166136261
  for (const ch of `${seed}|${n}`) {
    h = Math.imul(h ^ ch.charCodeAt(0), 16777619)
  }
  return (h >>> 0) / 2 ** 32
}

async function ensurePartner(partners: PartnerModuleService, demo: DemoPartner) {
  const [found] = await partners.listPartners({ name_zh: demo.name_zh })
  const partner =
    found ??
    (await partners.createPartners([{ name_zh: demo.name_zh, name_en: demo.name_en, kind: demo.kind, district_zh: demo.district_zh }]))[0]
  const outlets = await partners.listPartnerOutlets({ partner_id: partner.id }, { take: null })
  const missing = demo.outlets.filter((o) => !outlets.some((x) => x.code === o.code))
  if (missing.length) {
    await partners.createPartnerOutlets(missing.map((o) => ({ ...o, partner_id: partner.id })))
  }
  return partner
}

/**
 * A year of partner feeds up to today: two supermarket chains reporting daily from outlets across
 * districts, a union reporting monthly; about 1 % of lines carry a barcode of no catalogue product
 * and wait in the review queue. Recorded through the partners' own workflow, booked at once.
 * Idempotent: references are numbered by day, so a re-run adds nothing.
 */
export async function seedDemoPartners(container: MedusaContainer, year: number, catalogue: DemoCatalogue) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const partners = container.resolve<PartnerModuleService>(PARTNER_MODULE)
  const { data: variants } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "barcode"],
    filters: { id: catalogue.products.map((p) => p.variant_id) },
  })
  const barcodeOf = new Map(variants.map((v: any) => [v.id as string, v.barcode as string | null]))
  // prices are yuan with at most two decimals: to fen by rounding the scaled value, never summed as floats
  const barcodes = catalogue.products
    .filter((p) => barcodeOf.get(p.variant_id))
    .map((p) => ({ barcode: barcodeOf.get(p.variant_id) as string, price_fen: Math.round(p.unit_price * 100) }))
  if (!barcodes.length) {
    logger.info("Demo partners: no catalogue barcodes, skipped")
    return
  }
  const today = DateTime.now().setZone("Asia/Shanghai").startOf("day")
  const end = DateTime.fromObject({ year: year + 1 }, { zone: "Asia/Shanghai" })
  const last = end < today ? end : today
  let lines = 0
  let fresh = 0
  for (const demo of PARTNERS) {
    const partner = await ensurePartner(partners, demo)
    const batch: Record<string, unknown>[] = []
    const flush = async () => {
      if (!batch.length) return
      const checked = await checkPartnerLines(container, partner.id, batch.splice(0))
      if (checked.errors.length) {
        throw new Error(`demo partner lines refused: ${JSON.stringify(checked.errors.slice(0, 3))}`)
      }
      const { result } = await recordPartnerSalesWorkflow(container).run({
        input: {
          partner_id: partner.id,
          credential_id: null,
          source: "admin_file",
          filename: "demo",
          lines: linesPayload(checked.lines),
          waiting_codes: checked.waiting_codes,
        },
      })
      if (result.submission_id) {
        fresh += result.new
        await bookPartnerKeys(container, [submissionKey(result.submission_id)])
      }
      lines += checked.lines.length
    }
    for (let day = DateTime.fromObject({ year }, { zone: "Asia/Shanghai" }); day < last; day = day.plus({ days: 1 })) {
      if (demo.monthly && day.day !== 25) continue
      for (const outlet of demo.outlets) {
        for (let n = 0; n < demo.perDay; n++) {
          const seed = `${demo.name_en}|${outlet.code}|${day.toISODate()}`
          const unknown = pick(seed, n * 7 + 1) < 0.01
          const item = barcodes[Math.floor(pick(seed, n * 7 + 2) * barcodes.length)]
          const quantity = demo.monthly ? 20 + Math.floor(pick(seed, n * 7 + 3) * 80) : 1 + Math.floor(pick(seed, n * 7 + 3) * 3)
          const reference = `${outlet.code}-${day.toFormat("yyyyMMdd")}-${n + 1}`
          const soldAt = day.plus({ hours: 9 + Math.floor(pick(seed, n * 7 + 4) * 12), minutes: Math.floor(pick(seed, n * 7 + 5) * 60) })
          batch.push({
            reference,
            line: 1,
            outlet_code: outlet.code,
            sold_at: soldAt.toISO(),
            barcode: unknown ? UNKNOWN_BARCODES[n % UNKNOWN_BARCODES.length] : item.barcode,
            quantity,
            amount_fen: quantity * item.price_fen,
          })
          // about 2 % of sales come back a few days later, under their own reference
          const back = soldAt.plus({ days: 3 })
          if (!unknown && pick(seed, n * 7 + 6) < 0.02 && back < last) {
            batch.push({
              reference,
              line: 2,
              outlet_code: outlet.code,
              sold_at: back.toISO(),
              barcode: item.barcode,
              quantity: -1,
              amount_fen: -item.price_fen,
            })
          }
          if (batch.length >= 4900) await flush()
        }
      }
    }
    await flush()
  }
  logger.info(`Demo partners ${year}: ${lines} lines from ${PARTNERS.length} partners, ${fresh} new`)
}
