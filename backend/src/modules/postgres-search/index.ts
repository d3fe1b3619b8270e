import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import PostgresSearchProvider from "./service"

export default ModuleProvider(Modules.SEARCH, {
  services: [PostgresSearchProvider],
})
