import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {collectSeparatorEvidence, type SeparatorEvidence} from '../src/stages/parse-number.js'
import {tokenSpansForTest} from '../src/stages/target-tokens.js'

/** The character scan `collectSeparatorEvidence` used before it found figures with a regular expression. */
function evidenceByScan(text: string): SeparatorEvidence {
  const isDigit = (code: number): boolean => code >= 48 && code <= 57
  // (a letter of any script: a figure after one is part of a word; one after "≥" or "–" is not)
  const isLetter = (code: number): boolean => /\p{L}/u.test(String.fromCharCode(code))
  const seen = {viDecimalComma: false, viThousandsDot: false, enDecimalPoint: false, enThousandsComma: false, dotThree: false}
  let index = 0
  while (index < text.length) {
    if (!isDigit(text.charCodeAt(index))) {
      index++
      continue
    }
    const start = index
    let hasSeparator = false
    while (index < text.length) {
      const code = text.charCodeAt(index)
      if (isDigit(code)) index++
      else if ((code === 46 || code === 44) && isDigit(text.charCodeAt(index + 1))) {
        hasSeparator = true
        index++
      } else break
    }
    if (!hasSeparator) continue
    // the rest of the work is shared: ask the library about this figure alone, with its neighbours
    const glued = start > 0 && isLetter(text.charCodeAt(start - 1))
    if (glued) continue
    const alone = collectSeparatorEvidence(text.slice(start, Math.min(text.length, index + 3)))
    for (const key of Object.keys(seen) as Array<keyof typeof seen>) if (alone[key]) seen[key] = true
  }
  return seen
}

describe('collectSeparatorEvidence', () => {
  it('finds the same figures as a character scan', () => {
    const piece = fc.constantFrom('1', '12', '123', '1.600', '2,45', '1,234,567', '2.610,4', '7.5', '0.600', '.', ',', ' ', 'a', 'ệ', '≥', '–', '“', '×', 'Ả', ')', '. T', '2.1.', '\n')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 12}), (parts) => {
        const text = parts.join('')
        expect(collectSeparatorEvidence(text)).toEqual(evidenceByScan(text))
      }),
      {numRuns: 2000}
    )
  })
})

describe('token spans', () => {
  it('equal the slice with its whitespace collapsed, whatever the whitespace', () => {
    const piece = fc.constantFrom('a', 'Tỷ', 'lệ', '1,5', '3 500', '3\u00a0500', '%', ' ', '  ', '\t', '\n', '\u00a0', '\u200b', '\u2028', '\u1680', '(', ',', '')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 10}), (parts) => {
        for (const [from, to, span, collapsed] of tokenSpansForTest(parts.join(''))) expect(span, `${from}-${to}`).toBe(collapsed)
      }),
      {numRuns: 2000}
    )
  })
})
