import {Chalk} from 'chalk'
import {describe, expect, it} from 'vitest'
import {formatDiagnostics} from '../src/cli/format-diagnostics.js'
import type {Diagnostic} from '../src/schema.js'

const diagnostics: Diagnostic[] = [
  {severity: 'info', code: 'footnote-no-space', message: 'footnote ⁴⁸ has no space after its label', line: 273, column: 1},
  {severity: 'warning', code: 'footnote-no-body', message: 'footnote marker ⁹⁹ has no body', line: 12, column: 40},
  {severity: 'warning', code: 'metadata-no-issuer', message: 'no issuing body found', line: null, column: null}
]

describe('formatDiagnostics', () => {
  it('should print path:line:column severity code message, one per line, warnings only by default', () => {
    expect(formatDiagnostics('seeds/a.txt', diagnostics, {color: new Chalk({level: 0}), infos: false})).toEqual([
      'seeds/a.txt:12:40 warning footnote-no-body footnote marker ⁹⁹ has no body',
      'seeds/a.txt warning metadata-no-issuer no issuing body found'
    ])
  })

  it('should include infos when asked', () => {
    expect(formatDiagnostics('a.txt', diagnostics, {color: new Chalk({level: 0}), infos: true})[0]).toBe(
      'a.txt:273:1 info footnote-no-space footnote ⁴⁸ has no space after its label'
    )
  })

  it('should colour the severity only when given a colouring chalk', () => {
    const [line] = formatDiagnostics('a.txt', diagnostics.slice(1, 2), {color: new Chalk({level: 1}), infos: false})
    expect(line).toContain('\u001b[33mwarning\u001b[39m')
  })
})
