/**
 * One line that fills as work is done: redrawn in place on a terminal, printed at every tenth
 * otherwise (CI logs, a test spawning the script).
 */
export class ProgressBar {
  private lastTenth = -1
  private readonly started = Date.now()

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly out: NodeJS.WriteStream = process.stdout
  ) {}

  update(done: number) {
    const ratio = this.total ? Math.min(1, done / this.total) : 1
    const width = 30
    const filled = Math.round(ratio * width)
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1)
    const line = `${this.label.padEnd(12)} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${this.total} ${Math.floor(ratio * 100)}% ${seconds}s`
    if (this.out.isTTY) {
      this.out.write(`\r${line}${ratio === 1 ? "\n" : ""}`)
      return
    }
    const tenth = Math.floor(ratio * 10)
    if (tenth > this.lastTenth) {
      this.lastTenth = tenth
      this.out.write(`${line}\n`)
    }
  }
}
