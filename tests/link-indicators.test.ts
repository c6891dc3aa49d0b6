/**
 * Linking tasks to indicators. `explicitReferences` finds "chỉ tiêu số 5" by hand (a search for "ỉ",
 * then its neighbours): it must find what the case-insensitive regex it replaced finds, kept here as
 * the reference.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Indicator, TaskCommitment} from '../src/schema.js'
import {explicitReferences, linkIndicators} from '../src/stages/read-task-content.js'

const REFERENCE = /chỉ tiêu\s+(?:số\s+(\d{1,2})(?!\d)|\((\d{1,2})\))/giu

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
    expect(explicitReferences('Hoàn thành chỉ tiêu số 5, Chỉ tiêu (12) và CHỈ TIÊU SỐ 123; chỉ tiêu (123).')).toEqual(['5', '12'])
    expect(explicitReferences('chỉ tiêu\u00a0số\t07')).toEqual(['07'])
    expect(explicitReferences('chỉ tiêusố 5, chỉ tiêu số5, chỉ tiêu ( 5)')).toEqual([])
  })
})

describe('linkIndicators', () => {
  const target = (value: number | null, unit: string | null) => ({
    raw: '', metric: null, comparator: 'eq' as const, direction: null, value, min: null, max: null, unit, denominator: null, normalized: null, flags: []
  })
  const indicator = (id: string, label: string | null, ...targets: ReturnType<typeof target>[]): Indicator => ({
    id, label, group: null, sectionId: null, line: 1, text: '', footnotes: [], targets
  })
  const commitment = (value: number | null, unit: string | null): TaskCommitment => ({...target(value, unit), line: 1})
  const indicators = [
    indicator('ind-1', '(1)', target(12, 'xã'), target(12, 'xã')),
    indicator('ind-2', '(2)', target(5, 'tỷ đồng')),
    indicator('ind-3', '(3)', target(12, 'xã'), target(0, 'km')),
    indicator('ind-4', '(2)', target(7, 'xã'))
  ]

  it('should list explicit references first, then the indicators of each figure in their order, once each', () => {
    const commitments = [commitment(12, 'xã'), commitment(5, 'tỷ đồng'), commitment(12, 'xã'), commitment(-0, 'km')]
    expect(linkIndicators('Hoàn thành chỉ tiêu (3) và chỉ tiêu số 2.', commitments, indicators)).toEqual(['ind-3', 'ind-2', 'ind-1'])
  })

  it('should read a number written with a leading zero as the label without it', () => {
    expect(linkIndicators('Thực hiện chỉ tiêu số 02', [], indicators)).toEqual(['ind-2'])
  })

  it('should not link on a percentage, a figure without a unit, another unit or a label no indicator has', () => {
    const commitments = [commitment(12, '%'), commitment(12, null), commitment(null, 'xã'), commitment(12, 'thôn')]
    expect(linkIndicators('chỉ tiêu số 9', commitments, indicators)).toEqual([])
  })
})
