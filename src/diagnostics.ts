/**
 * Diagnostics are recorded on a VFile, the unified way: problems in the content are messages with a
 * place and a rule id, never thrown and never printed by the library.
 */
import type {VFile} from 'vfile'
import type {Diagnostic, Severity} from './schema.js'

export const MESSAGE_SOURCE = 'resolution-extract'

export interface MessageOptions {
  readonly line?: number | null | undefined
  readonly column?: number | null | undefined
  readonly severity?: Severity
}

/** Record a problem found in the content of `file` under the stable rule id `code`. */
export function report(file: VFile, code: string, reason: string, options: MessageOptions = {}): void {
  const {line, column, severity = 'warning'} = options
  const place = line ? {line, column: column ?? 1} : undefined
  // A message is an Error, whose construction records the call stack; vfile then replaces the stack by
  // '' (a string reason has none), so recording none is the same message, made much faster.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: ReturnType<VFile['message']>
  try {
    message = file.message(reason, {place, ruleId: code, source: MESSAGE_SOURCE})
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
}

/** The messages of `file` as record diagnostics, sorted by line (stable for equal lines). */
export function toDiagnostics(file: VFile): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  for (const message of file.messages) {
    diagnostics.push({
      severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
      code: message.ruleId ?? 'unknown',
      message: message.reason,
      line: message.line ?? null,
      column: message.line ? (message.column ?? null) : null
    })
  }
  // `sort` is stable: messages on the same line keep their order.
  return diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
}
