// Shared by the storefront's and the officials' console's end-to-end tests.
export { startBackend, BACKEND_DIR, type Backend } from "./backend"
export { chromiumPath, CHROMIUM_ARGS, openPage } from "./browser"
export { adminDbUrl, postgresReachable, sqlQuery } from "./postgres"
export { bin, freePort, Processes } from "./processes"
export { skipForMissing } from "./missing-dependency"
