// Medusa's own migration for this provider (extensions, the catalog table), found here because the
// module's migrations are looked up beside the provider registered; same name, so a database that
// ran it under Medusa's provider does not run it again.
export { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
