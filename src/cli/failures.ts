/**
 * Per-file failures found by the CLI itself (reading, size, time, writing), with stable codes. The
 * pipeline's own (`empty-file`, `binary-file`, `unsupported-format`, `invalid-encoding`) come from
 * stages/decode.ts; the input resolver's (`not-found`, `empty-directory`) from inputs.ts.
 */
import {formatBytes} from './options.js'

export type FailureCode =
  | 'not-found'
  | 'permission-denied'
  | 'is-directory'
  | 'read-failed'
  | 'too-large'
  | 'invalid-record'
  | 'internal-error'
  | 'timeout'
  | 'out-of-memory'
  | 'worker-crashed'
  | 'write-failed'

export interface Failure {
  readonly code: FailureCode
  readonly message: string
}

/** Over --max-bytes; `exact` when the size is known (a file), not just "more than" (a stream). */
export function tooLarge(size: number, maxBytes: number, exact: boolean): Failure {
  const what = exact ? `file is ${formatBytes(size)}, over` : 'input is larger than'
  return {code: 'too-large', message: `${what} the --max-bytes limit of ${formatBytes(maxBytes)}: split the file, or raise the limit (for example --max-bytes 100MB)`}
}

export function timedOut(timeoutMs: number): Failure {
  return {
    code: 'timeout',
    message: `stopped after ${timeoutMs} ms, over the per-file time budget (--timeout-ms): the file is too big or pathological for this tool; raise --timeout-ms to give it more time`
  }
}

export function describeReadError(error: NodeJS.ErrnoException): Failure {
  switch (error.code) {
    case 'ENOENT':
      return {code: 'not-found', message: 'no such file'}
    case 'EACCES':
    case 'EPERM':
      return {code: 'permission-denied', message: 'permission denied: the file is not readable by this user'}
    case 'EISDIR':
      return {code: 'is-directory', message: 'is a directory, not a file'}
    default:
      return {code: 'read-failed', message: `cannot read: ${error.message}`}
  }
}
