type Waiter = { resolve: () => void; reject: (e: unknown) => void }

/**
 * Gathers keys from concurrent jobs and processes them together, so the worker writes one
 * ledger transaction per batch instead of one per job. Each caller learns its own outcome:
 * `process` returns the keys that failed on their own.
 */
export class Batcher {
  private pending = new Map<string, Waiter[]>()
  private timer: NodeJS.Timeout | null = null

  constructor(
    private readonly process: (keys: string[]) => Promise<Map<string, Error>>,
    private readonly size: number,
    private readonly waitMs: number
  ) {}

  add(key: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const waiters = this.pending.get(key) ?? []
      waiters.push({ resolve, reject })
      this.pending.set(key, waiters)
      if (this.pending.size >= this.size) {
        void this.flush()
      } else if (!this.timer) {
        this.timer = setTimeout(() => void this.flush(), this.waitMs)
      }
    })
  }

  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer)
      this.timer = null
    }
    const batch = this.pending
    this.pending = new Map()
    if (!batch.size) {
      return
    }
    try {
      const failures = await this.process([...batch.keys()])
      for (const [key, waiters] of batch) {
        const failure = failures.get(key)
        waiters.forEach((w) => (failure ? w.reject(failure) : w.resolve()))
      }
    } catch (e) {
      batch.forEach((waiters) => waiters.forEach((w) => w.reject(e)))
    }
  }
}
