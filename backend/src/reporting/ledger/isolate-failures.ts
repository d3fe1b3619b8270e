export type FailedOrder = { order_id: string; reason: string }

// Errors that say nothing about the orders: the database or network is away or busy. The whole
// batch is retried later; anything else is the data of some order in the batch.
const TRANSIENT_SQLSTATE = /^(08|53|57|58|40)/
const TRANSIENT_NODE = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN"])

export function isTransient(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown }
  const code = typeof e?.code === "string" ? e.code : ""
  const message = typeof e?.message === "string" ? e.message : ""
  return (
    TRANSIENT_SQLSTATE.test(code) ||
    TRANSIENT_NODE.has(code) ||
    /Connection terminated|connection timeout|Knex: Timeout acquiring a connection|too many clients/i.test(message)
  )
}

const reasonOf = (error: unknown) => {
  const e = error as { code?: string; message?: string }
  return `${e?.code ? `${e.code}: ` : ""}${e?.message ?? String(error)}`.slice(0, 2000)
}

/**
 * Runs `run` over the orders as one batch; when it fails for a reason in the data, splits the
 * batch in halves until the failing orders stand alone, so every other order is still processed
 * at once. Returns the orders that failed on their own with the reason. A transient failure
 * (database away) is thrown for the caller to retry, rather than blamed on the orders.
 */
export async function isolateFailures(orderIds: string[], run: (ids: string[]) => Promise<void>): Promise<FailedOrder[]> {
  if (!orderIds.length) {
    return []
  }
  try {
    await run(orderIds)
    return []
  } catch (error) {
    if (isTransient(error)) {
      throw error
    }
    if (orderIds.length === 1) {
      return [{ order_id: orderIds[0], reason: reasonOf(error) }]
    }
    const half = Math.ceil(orderIds.length / 2)
    const left = await isolateFailures(orderIds.slice(0, half), run)
    const right = await isolateFailures(orderIds.slice(half), run)
    return [...left, ...right]
  }
}
