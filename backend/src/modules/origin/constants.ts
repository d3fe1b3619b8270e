// Shared with the storefront and the officials' console (packages/contracts).
export {
  RELATION_TYPES,
  SHANGHAI_DISTRICTS,
  SUPPLIER_TYPES,
  type RelationType,
  type SupplierType,
} from "@onecounty/contracts/enums"
