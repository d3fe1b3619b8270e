import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OriginModule from "../modules/origin"

// A product comes from one county; a county lists many products.
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  OriginModule.linkable.county
)
