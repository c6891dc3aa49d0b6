/**
 * Diagnostics as a compiler prints them, one per line, grouped per file:
 *   seeds/001_b4e47fb29186cbe5.txt:273:1 info footnote-no-space footnote ⁴⁸ has no space after its label
 * Colour (severity only) when the caller says so; infos are shown only when asked for.
 */
import type {ChalkInstance} from 'chalk'
import type {Diagnostic} from '../schema.js'

export interface DiagnosticFormatOptions {
  readonly color: ChalkInstance
  /** Include info-level diagnostics (conversions, style notes). */
  readonly infos: boolean
}

export function formatDiagnostics(path: string, diagnostics: readonly Diagnostic[], options: DiagnosticFormatOptions): string[] {
  const {color} = options
  const paint = (severity: Diagnostic['severity']) =>
    severity === 'error' ? color.red(severity) : severity === 'warning' ? color.yellow(severity) : color.blue(severity)
  return diagnostics
    .filter((diagnostic) => options.infos || diagnostic.severity !== 'info')
    .map((diagnostic) => {
      const place = diagnostic.line === null ? path : `${path}:${diagnostic.line}:${diagnostic.column ?? 1}`
      return `${place} ${paint(diagnostic.severity)} ${color.dim(diagnostic.code)} ${diagnostic.message}`
    })
}
