import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { signBody } from "../../src/modules/partner/credential-secret"
import type { ActorHeaders } from "../helpers/actors"
import type { Catalogue } from "../reporting/fixtures"

export const ALMOND_BARCODE = "6901234567892"
export const WALNUT_BARCODE = "6901234567908"
/** a barcode no variant has */
export const UNKNOWN_BARCODE = "6909999999996"

/** Gives the catalogue's two variants EAN-13 barcodes: almonds (certified, paired with 宝山区) and walnuts. */
export async function giveBarcodes(container: MedusaContainer, catalogue: Catalogue) {
  const products = container.resolve(Modules.PRODUCT)
  await products.updateProductVariants(catalogue.certifiedVariant, { barcode: ALMOND_BARCODE })
  await products.updateProductVariants(catalogue.uncertifiedVariant, { barcode: WALNUT_BARCODE })
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "product_id"],
    filters: { id: [catalogue.certifiedVariant, catalogue.uncertifiedVariant] },
  })
  const productOf = new Map(data.map((v: any) => [v.id, v.product_id as string]))
  return { almondProduct: productOf.get(catalogue.certifiedVariant)!, walnutProduct: productOf.get(catalogue.uncertifiedVariant)! }
}

export type PartnerKey = { key_id: string; secret: string }

/** The headers a partner sends: its key and the signature over "<t>.<body>". */
export function signed(key: PartnerKey, body: string | Buffer, at = Math.floor(Date.now() / 1000), secret = key.secret) {
  return {
    "onecounty-key": key.key_id,
    "onecounty-signature": `t=${at},v1=${signBody(secret, at, body)}`,
  }
}

export type Line = {
  reference: string
  line: number
  outlet_code: string
  sold_at: string
  barcode?: string
  sku?: string
  quantity: number
  amount_fen: number
}

type Api = { post: (url: string, body: unknown, config?: ActorHeaders) => Promise<{ data: any }> }

/** 联华超市 with its 宝山 outlet (LH-BS-01) and a new key, made through the admin API as an operator would. */
export async function registerLianhua(api: Api, admin: ActorHeaders): Promise<{ partnerId: string; key: PartnerKey }> {
  const { data } = await api.post("/admin/partners", { name_zh: "联华超市", name_en: "Lianhua", kind: "supermarket_chain" }, admin)
  const partnerId: string = data.partner.id
  await api.post(`/admin/partners/${partnerId}/outlets`, { code: "LH-BS-01", name: "宝山店", district_zh: "宝山区" }, admin)
  const issued = await api.post(`/admin/partners/${partnerId}/credentials`, {}, admin)
  return { partnerId, key: { key_id: issued.data.credential.key_id, secret: issued.data.secret } }
}

/** A sale at 联华 宝山店: two bags of almonds for ¥39.80 on 8 March, unless `extra` says otherwise. */
export const lianhuaSale = (reference: string, line: number, extra: Partial<Line> = {}): Line => ({
  reference,
  line,
  outlet_code: "LH-BS-01",
  sold_at: "2026-03-08T10:15:00+08:00",
  barcode: ALMOND_BARCODE,
  quantity: 2,
  amount_fen: 3980,
  ...extra,
})
