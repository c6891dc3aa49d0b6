/**
 * `explicitReferences` finds "chỉ tiêu số 5" by hand (a search for "ỉ", then its neighbours): it must
 * find what the case-insensitive regex it replaced finds, kept here as the reference.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {explicitReferences} from '../src/stages/read-task-content.js'

const REFERENCE = /chỉ tiêu\s+(?:số\s+(\d{1,2})|\((\d{1,2})\))/giu

const reference = (text: string): string[] => [...text.matchAll(REFERENCE)].map((match) => (match[1] ?? match[2]) as string)

const PIECES = [
  'chỉ tiêu', 'Chỉ tiêu', 'CHỈ TIÊU', 'cHỉ TiÊu', 'chỉ', 'tiêu', 'chi tiêu', 'chỉ tieu', 'chỉtiêu', 'chỉ  tiêu', 'số', 'Số', 'SỐ', 'ſố', 'so', 'sô',
  '(', ')', '(5)', '(12)', '(123)', '5', '12', '123', '0', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', 'İ', 'ı', 'K', 'x', 'ỉ', 'Ỉ', 'c', 'h'
]
const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), {maxLength: 20}).map((parts) => parts.join('')),
  fc.array(fc.constantFrom(...PIECES), {maxLength: 20}).map((parts) => parts.join(' ')),
  fc.string({maxLength: 40})
)

describe('explicitReferences', () => {
  it('should find the indicator numbers the regex finds', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(explicitReferences(value)).toEqual(reference(value))
      }),
      {numRuns: 5000}
    )
  })

  it('should read both forms in any case', () => {
    expect(explicitReferences('Hoàn thành chỉ tiêu số 5, Chỉ tiêu (12) và CHỈ TIÊU SỐ 123; chỉ tiêu (123).')).toEqual(['5', '12', '12'])
    expect(explicitReferences('chỉ tiêu\u00a0số\t07')).toEqual(['07'])
    expect(explicitReferences('chỉ tiêusố 5, chỉ tiêu số5, chỉ tiêu ( 5)')).toEqual([])
  })
})
