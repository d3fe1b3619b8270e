import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { signBody } from "../../src/modules/partner/credential-secret"
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
