/**
 * How a run ends when it is interrupted (SIGINT, SIGTERM) or its standard output goes away (EPIPE,
 * as with `| head`): clean up synchronously (temporary files), say so in one line (or nothing, for
 * EPIPE), and exit with the shell's code for the signal. Never a stack trace.
 */

/** 128 + signal number, as shells report a process killed by the signal. */
export const EXIT_SIGINT = 130
export const EXIT_SIGTERM = 143
/** 128 + SIGPIPE: the reader of standard output went away before the end. */
export const EXIT_EPIPE = 141

export interface GuardOptions {
  /** Synchronous: remove temporary files, and so on. */
  readonly cleanup: () => void
  /** How far the run got, for the interruption message: "12 of 40 inputs done". */
  readonly progress: () => string
}

/**
 * Install the handlers; returns a function that removes the signal handlers. The stream handlers stay:
 * an EPIPE from the last write can be reported after the run has returned.
 */
export function guardProcess(options: GuardOptions): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    options.cleanup()
    writeQuietly(`resolution-extract: interrupted by ${signal} (${options.progress()}); no partial output file left\n`)
    process.exit(signal === 'SIGINT' ? EXIT_SIGINT : EXIT_SIGTERM)
  }
  const onStdoutError = (error: NodeJS.ErrnoException) => {
    options.cleanup()
    if (error.code === 'EPIPE') process.exit(EXIT_EPIPE)
    writeQuietly(`resolution-extract: cannot write to standard output: ${error.message}\n`)
    process.exit(1)
  }
  // Nowhere left to report a failing stderr: carry on without it.
  const onStderrError = () => {}
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  process.stdout.on('error', onStdoutError)
  process.stderr.on('error', onStderrError)
  return () => {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

function writeQuietly(text: string): void {
  try {
    process.stderr.write(text)
  } catch {
    // stderr closed: nothing to do.
  }
}
