import type { Logger } from "@medusajs/framework/types"

const SEED_STEPS = 13

/** Prints one line per seed step, e.g. "[3/13] pairings 72/72 (0 new)". */
export function reportProgress(logger: Logger, step: number, label: string, total: number, created: number) {
  logger.info(`[${step}/${SEED_STEPS}] ${label} ${total}/${total} (${created} new)`)
}
