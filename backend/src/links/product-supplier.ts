import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OriginModule from "../modules/origin"

export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  OriginModule.linkable.supplier
)
