/**
 * Fast paths of the footnote stage, the page-furniture finder and the annex reader, checked against
 * the plain forms they replace: letters and lower case read by code unit (every code unit), page
 * furniture the same whether or not the normaliser's line facts and the trimmed lengths are given (its
 * rules, early exit included, are stated as examples in tests/page-furniture.test.ts), and the
 * first-character test before the annex pattern.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {mayStartAnnex} from '../src/stages/extract-appendix.js'
import {normaliseLines} from '../src/stages/normalise.js'
import {findPageFurniture} from '../src/stages/page-furniture.js'
import {isLetter, startsLowerCase} from '../src/stages/resolve-footnotes.js'
import {trimmedLengths} from '../src/stages/white-space.js'
import type {SourceLine} from '../src/types.js'

// ---------- checks ----------

const ANNEX_START = /^[\s#*_]*ph[ụỤ]/iu

describe('letters by code unit', () => {
  it('isLetter and startsLowerCase agree with the case functions on every code unit', () => {
    const wrong: number[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      const letter = char.toLowerCase() !== char.toUpperCase()
      if (isLetter(char) !== letter) wrong.push(code)
      // (a lone character is its own head unless it is white space)
      const first = char.trimStart()
      if (startsLowerCase(char) !== (first !== '' && letter && first === first.toLowerCase())) wrong.push(code)
    }
    expect(wrong).toEqual([])
    expect(isLetter('')).toBe(false)
    expect(startsLowerCase('')).toBe(false)
    expect(startsLowerCase('  **đạt')).toBe(true)
  })
})

const PIECES = [
  '3', '- 3 -', 'Trang 3', 'trang 12', '3/12', '12', '-----', '_____', '* * *', '===', '—', 'NGHỊ QUYẾT SỐ 15', 'Nghị quyết số 15/NQ-HĐND',
  'HĐND TỈNH', 'UBND', '1. Mục tiêu', 'Điều 2.', 'phát triển kinh tế', 'a\tb', '| a | b |', '', ' ', '\t', '\u00a0', 'x', 'ABCD', 'ab'
]
const text = fc.array(fc.constantFrom(...PIECES), {maxLength: 3}).chain((parts) => fc.constantFrom(' ', '', '  ').map((glue) => parts.join(glue)))
const documents = fc
  .array(text, {minLength: 1, maxLength: 5})
  .chain((pool) => fc.array(fc.oneof(fc.constantFrom(...pool), fc.constant(''), text), {maxLength: 40}))

describe('page furniture fast paths', () => {
  it('finds the same with and without the normaliser\'s line facts and the trimmed lengths', () => {
    let found = 0
    fc.assert(
      fc.property(documents, fc.array(fc.nat(40), {maxLength: 4}), (texts, skipped) => {
        const skip = new Set(skipped)
        const sorted = (set: ReadonlySet<number>) => [...set].sort((a, b) => a - b)
        const plain: SourceLine[] = texts.map((value, index) => ({line: index + 1, text: value}))
        const expected = sorted(findPageFurniture(plain, skip))
        if (expected.length > 0) found++
        expect(sorted(findPageFurniture(plain, skip, trimmedLengths(plain)))).toEqual(expected)
        // The normaliser's facts belong to the array it returned: a copy of it has none.
        const normalised = normaliseLines(texts.join('\n'))
        expect(sorted(findPageFurniture(normalised, skip))).toEqual(sorted(findPageFurniture([...normalised], skip)))
      }),
      {numRuns: 400}
    )
    // (the documents drawn hold furniture often enough for the comparison to mean something)
    expect(found).toBeGreaterThan(40)
  })
})

describe('annex heading pre-check', () => {
  it('no text the pre-check rejects matches the annex pattern', () => {
    const wrong: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      for (const rest of ['hụ lục', 'HỤ LỤC', 'phụ lục', ' Phụ biểu']) if (!mayStartAnnex(char + rest) && ANNEX_START.test(char + rest)) wrong.push(char + rest)
    }
    expect(wrong).toEqual([])
    fc.assert(fc.property(fc.string({unit: 'binary'}), (value) => mayStartAnnex(value) || !ANNEX_START.test(value)))
  })
})
