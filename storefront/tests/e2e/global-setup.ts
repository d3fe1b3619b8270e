// One stack (database, backend, `next build` + `next start`) for every end-to-end file: a Next build
// takes minutes on this machine, so the shop and the kiosk tests share it. The files read it with
// inject("e2e"). E2E_STOREFRONT_URL (and E2E_BACKEND_URL, E2E_DATABASE_NAME for the kiosk test)
// point the tests at a running stack instead.
import type { TestProject } from "vitest/node"
import { chromiumPath, postgresReachable, skipForMissing, startStack } from "./stack"

export type E2EStack = {
  /** Why the tests cannot run here, or null. */
  skip: string | null
  storefrontUrl: string
  backendUrl: string
  publishableKey: string
  databaseName: string
}

declare module "vitest" {
  export interface ProvidedContext {
    e2e: E2EStack
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.E2E_STOREFRONT_URL
  const none: E2EStack = {
    skip: null,
    storefrontUrl: (external ?? "").replace(/\/$/, ""),
    backendUrl: (process.env.E2E_BACKEND_URL ?? "").replace(/\/$/, ""),
    publishableKey: process.env.E2E_PUBLISHABLE_KEY ?? "",
    databaseName: process.env.E2E_DATABASE_NAME ?? "",
  }
  const missing = !chromiumPath()
    ? "no chromium (apt-get install -y chromium)"
    : !external && !(await postgresReachable()) ? "PostgreSQL is not reachable" : null
  // under CI=true a missing dependency fails the run here
  none.skip = skipForMissing("storefront e2e", missing)
  if (none.skip || external) {
    project.provide("e2e", none)
    return
  }
  const stack = await startStack()
  project.provide("e2e", { skip: null, storefrontUrl: stack.storefrontUrl, backendUrl: stack.backendUrl, publishableKey: stack.publishableKey, databaseName: stack.databaseName })
  return () => stack.stop()
}
