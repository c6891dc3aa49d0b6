import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {report, toDiagnostics} from '../src/diagnostics.js'
import {trimmedLengths} from '../src/stages/white-space.js'

describe('toDiagnostics', () => {
  it('sorts by line, keeps the order of messages on the same line, puts messages without a line first', () => {
    const file = new VFile({path: 'x.txt', value: ''})
    report(file, 'c', 'third on line 5', {line: 5})
    report(file, 'a', 'first on line 2', {line: 2, column: 4})
    report(file, 'b', 'first on line 5', {line: 5, severity: 'error'})
    report(file, 'd', 'no line', {severity: 'info'})
    report(file, 'e', 'second on line 2', {line: 2})
    expect(toDiagnostics(file)).toEqual([
      {severity: 'info', code: 'd', message: 'no line', line: null, column: null},
      {severity: 'warning', code: 'a', message: 'first on line 2', line: 2, column: 4},
      {severity: 'warning', code: 'e', message: 'second on line 2', line: 2, column: 1},
      {severity: 'warning', code: 'c', message: 'third on line 5', line: 5, column: 1},
      {severity: 'error', code: 'b', message: 'first on line 5', line: 5, column: 1}
    ])
  })
})

describe('trimmedLengths', () => {
  it('is the trimmed length of each line', () => {
    const texts = ['', '  ', ' a ', '\u00a0b\u3000', 'abc\t', '\tx y\r']
    expect(trimmedLengths(texts.map((text) => ({text})))).toEqual(texts.map((text) => text.trim().length))
  })
})
