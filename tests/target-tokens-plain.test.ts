/**
 * `Tokens.plainValue`, which lets the parser read a number token of plain digits without slicing it,
 * against what `parseVietnameseNumber` reads from the token's text.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseVietnameseNumber} from '../src/stages/parse-number.js'
import {NUM, tokenize} from '../src/stages/target-tokens.js'

const PIECES = ['0', '1', '5', '9', '19', '2025', '000', '.', ',', ' ', '\u00a0', ' 500', '.600', ',5', 'a', '%', '-', '12345678901234567']

describe('plainValue', () => {
  it('is the reading of a number token of 1-15 plain digits, and -1 for every other token', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), {maxLength: 12}), (pieces) => {
        const tokens = tokenize(pieces.join(''))
        for (let index = -1; index <= tokens.count; index++) {
          const text = tokens.text(index)
          const plain = tokens.kind(index) === NUM && /^\d{1,15}$/.test(text)
          expect(tokens.plainValue(index)).toBe(plain ? parseVietnameseNumber(text)?.value : -1)
        }
      }),
      {numRuns: 2000}
    )
  })
})
