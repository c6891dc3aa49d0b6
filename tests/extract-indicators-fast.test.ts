/** Shortcuts of the indicator extractor against what they replace: the inline-item splitter, the heading pre-check. */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {mayHoldTargetsWordForTest, splitInlineForTest, targetsWordRegexForTest} from '../src/stages/extract-indicators.js'
import {foldForMatch} from '../src/vocabulary/orthography.js'

/** `splitInline` as it was: a regex at every "(", and the opening checked at the end. */
function referenceSplitInline(text: string, from: number, first: number): Array<{label: string; labelAt: number; offset: number; text: string}> {
  const firstNonSpace = (at: number): number => {
    let index = at
    while (index < text.length && /[\s*_]/.test(text.charAt(index))) index++
    return index
  }
  const starts: Array<{label: string; at: number; textAt: number}> = []
  let expected = first
  let index = text.indexOf('(', from)
  while (index >= 0) {
    const match = /^\((\d{1,2})\)\s*/.exec(text.slice(index, index + 8))
    if (match && Number(match[1]) === expected && (index === from || /[\s;:.,*]$/.test(text.slice(Math.max(from, index - 2), index)))) {
      starts.push({label: `(${expected})`, at: index, textAt: index + match[0].length})
      expected++
    }
    index = text.indexOf('(', index + 1)
  }
  if (starts.length === 0 || (first === 1 && starts.length < 2) || (first === 1 && (starts[0]?.at ?? 0) !== firstNonSpace(from))) return []
  return starts.map((start, position) => ({label: start.label, labelAt: start.at, offset: start.textAt, text: text.slice(start.textAt, starts[position + 1]?.at ?? text.length)}))
}

describe('splitInline', () => {
  it('finds the items the regex scan found', () => {
    const piece = fc.constantFrom('(1)', '(2)', '(3)', '(01)', '(10)', '(1', '(', ')', ' ', '  ', '*', '_', ';', ':', '.', ',', 'Tỷ lệ', 'đạt 5%', '\n', '\t', 'a', '(a)')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 14}), fc.nat(4), fc.constantFrom(1, 2), (parts, from, first) => {
        const text = parts.join('')
        const start = Math.min(from, text.length)
        expect(splitInlineForTest(text, start, first)).toEqual(referenceSplitInline(text, start, first))
      }),
      {numRuns: 5000}
    )
  })
})

describe('the targets-word pre-check', () => {
  it('never rules out a text whose folded form holds "chỉ tiêu"', () => {
    const piece = fc.constantFrom('chỉ', 'Chỉ', 'CHỈ', 'cHỉ', 'tiêu', 'Tiêu', 'TIÊU', 'tiÊu', 'chi\u0309', ' ', '  ', '\u00a0', 'Các', 'hoá', 'uỷ', 'İ', 'K', 'ſ', 'chủ yếu', ':', '2.', 'a', 'ỉ', 'Ỉ', 'ê', 'Ê', 'u', 'U')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 10}), (parts) => {
        const text = parts.join('')
        if (foldForMatch(text).includes('chỉ tiêu')) expect(mayHoldTargetsWordForTest(text)).toBe(true)
      }),
      {numRuns: 20000}
    )
    expect(mayHoldTargetsWordForTest('2. CÁC CHỈ TIÊU CHỦ YẾU')).toBe(true)
    expect(mayHoldTargetsWordForTest('Về kinh tế')).toBe(false)
  })
})

describe('the "ỉ" pre-check of the targets word', () => {
  it('gives the verdict of the case-blind regex alone', () => {
    const piece = fc.constantFrom('chỉ', 'Chỉ', 'CHỈ', 'cHỉ', 'chi', 'CHI', 'tiêu', 'TIÊU', 'tiÊu', 'chi\u0309', ' ', '\u00a0', 'ỉ', 'Ỉ', 'ì', 'Ì', 'İ', 'ı', 'đạo', ':', 'a')
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({maxLength: 3})), {maxLength: 10}), (parts) => {
        const text = parts.join('')
        expect(mayHoldTargetsWordForTest(text)).toBe(targetsWordRegexForTest(text))
      }),
      {numRuns: 20000}
    )
  })
})
