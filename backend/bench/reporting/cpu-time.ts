import { readFileSync } from "node:fs"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

const TICK_MS = 10 // USER_HZ = 100 on Linux

/** CPU time (ms) of a process from /proc, user + system; 0 once it has gone. */
function procCpu(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS
  } catch {
    return 0
  }
}

/**
 * CPU time spent from now until the returned function is called, by this process and by the
 * PostgreSQL backends connected to this database (same machine): less sensitive to other load
 * than the wall clock. A backend that connects in between counts whole; one that disconnects
 * in between is lost.
 */
export async function startCpuTime(db: Knex): Promise<() => Promise<{ node: number; postgres: number }>> {
  const backends = async (): Promise<number[]> =>
    (await db.raw(`select pid from pg_stat_activity where datname = current_database()`)).rows.map((r: { pid: number }) => r.pid)
  const pg0 = new Map((await backends()).map((p) => [p, procCpu(p)]))
  const node0 = process.cpuUsage()
  return async () => {
    const node = process.cpuUsage(node0)
    const pids = new Set([...pg0.keys(), ...(await backends())])
    const postgres = [...pids].reduce((sum, p) => sum + Math.max(0, procCpu(p) - (pg0.get(p) ?? 0)), 0)
    return { node: (node.user + node.system) / 1000, postgres }
  }
}
