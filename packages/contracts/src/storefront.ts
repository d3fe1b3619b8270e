// Medusa's store types as the storefront reads them, with the origin fields the project's routes add.
import type { HttpTypes } from "@medusajs/types"
import type { ProductOrigin } from "./store"

export type Product = HttpTypes.StoreProduct & ProductOrigin
export type Category = HttpTypes.StoreProductCategory
export type Region = HttpTypes.StoreRegion
export type Cart = HttpTypes.StoreCart
export type Order = HttpTypes.StoreOrder
export type Customer = HttpTypes.StoreCustomer
export type ShippingOption = HttpTypes.StoreCartShippingOption
