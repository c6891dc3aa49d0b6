/**
 * A one-line progress bar on a terminal's stderr, for runs over many inputs. Never in pipes or CI:
 * the caller creates it only when stderr is a TTY. Lines printed through `log` go above the bar.
 */
const WIDTH = 30
/** Runs over fewer inputs finish before a bar would help. */
export const PROGRESS_MIN_INPUTS = 20

export class ProgressBar {
  readonly #stream: NodeJS.WriteStream
  readonly #total: number
  #done = 0
  #shown = false

  constructor(stream: NodeJS.WriteStream, total: number) {
    this.#stream = stream
    this.#total = total
  }

  /** Print a line above the bar. */
  log(line: string): void {
    this.#clear()
    this.#stream.write(`${line}\n`)
    this.#draw()
  }

  tick(): void {
    this.#done++
    this.#draw()
  }

  /** Remove the bar (at the end of the run). */
  stop(): void {
    this.#clear()
  }

  #draw(): void {
    const filled = Math.round((WIDTH * this.#done) / Math.max(1, this.#total))
    const percent = Math.floor((100 * this.#done) / Math.max(1, this.#total))
    this.#stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${this.#done}/${this.#total} ${percent}%`)
    this.#shown = true
  }

  #clear(): void {
    if (this.#shown) this.#stream.write('\r\u001b[2K')
    this.#shown = false
  }
}
