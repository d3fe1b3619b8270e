import { writeFile } from "node:fs/promises"
import { Session } from "node:inspector/promises"

/**
 * With BENCH_CPU_PROFILE=<file>, profiles this process from now until the returned function is
 * called and writes a .cpuprofile there (summarise it with profile-summary.mjs): the timed window
 * alone, without Medusa's boot or the bench's setup. Without it, does nothing.
 */
export async function startCpuProfile(): Promise<() => Promise<void>> {
  const file = process.env.BENCH_CPU_PROFILE
  if (!file) {
    return async () => {}
  }
  const session = new Session()
  session.connect()
  await session.post("Profiler.enable")
  await session.post("Profiler.start")
  return async () => {
    const { profile } = await session.post("Profiler.stop")
    await writeFile(file, JSON.stringify(profile))
    session.disconnect()
    console.log(`cpu profile of the timed window: ${file}`)
  }
}
