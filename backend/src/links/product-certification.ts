import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OriginModule from "../modules/origin"

// One certificate may cover several products of the same supplier.
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  OriginModule.linkable.certification
)
