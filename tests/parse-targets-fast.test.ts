/**
 * The shortcuts of the target parser against the plain definitions they replace: the character table of
 * the tokenizer, the NFC-inert characters that let a text skip `normalize`, and the evidence gathered
 * only when a figure asks for it.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {collectSeparatorEvidence, lazySeparatorEvidence, parseVietnameseNumber} from '../src/stages/parse-number.js'
import {charClassForTest, isNfcInertCode, parseTargets} from '../src/stages/parse-targets.js'
import {isWhiteSpaceCode} from '../src/stages/white-space.js'

const INERT: string[] = []
for (let code = 0; code < 0x10000; code++) if (isNfcInertCode(code)) INERT.push(String.fromCharCode(code))

describe('NFC-inert characters', () => {
  it('are left alone by NFC, alone and next to any other of them', () => {
    let changed = 0
    for (const first of INERT) {
      if (first.normalize('NFC') !== first) changed++
      for (const second of INERT) {
        const pair = first + second
        if (pair.normalize('NFC') !== pair) changed++
      }
    }
    expect(changed).toBe(0)
  })

  it('make texts that NFC leaves alone', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...INERT), {maxLength: 20}), (chars) => {
        const text = chars.join('')
        expect(text.normalize('NFC')).toBe(text)
      })
    )
  })
})

/** The tokenizer's character tests as they were written before the table. */
function referenceClass(code: number): number {
  const char = String.fromCharCode(code)
  const space =
    code === 32 || code === 10 || code === 13 || code === 11 || code === 12 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  const digit = code >= 48 && code <= 57
  const letter = /[\p{L}\p{M}]/u.test(char)
  const type = space ? 1 : digit ? 2 : letter ? 3 : isWhiteSpaceCode(code) ? 4 : 5
  const superscript = /[\u00b9\u00b2\u00b3\u2070-\u2079]/.test(char)
  const unclean = !isNfcInertCode(code) || char === '\\' || char === '$' || superscript
  return type + (unclean ? 8 : 0)
}

describe('tokenizer character table', () => {
  it('reads every character code as the character tests did', () => {
    const wrong: string[] = []
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code)
      if (charClassForTest(char) !== referenceClass(code)) wrong.push(code.toString(16))
    }
    expect(wrong).toEqual([])
  })
})

describe('texts that need cleaning', () => {
  const piece = fc.constantFrom('Tỷ lệ', 'hộ nghèo', 'giảm', 'còn', 'dưới', '1,8', '%', '3 500', 'm²', 'km²', 'm³', '¹', '$\\geq', '7,5\\text{m}$', 'ha', ' ', 'Hoá', 'tăng', '≥', '(', ')', ';')
  it('give the targets of their NFC form', () => {
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 16}), (parts) => {
        const text = parts.join(' ')
        expect(parseTargets(text.normalize('NFD'))).toEqual(parseTargets(text))
      }),
      {numRuns: 500}
    )
  })
})

describe('lazy separator evidence', () => {
  it('reads as the evidence gathered at once, and changes no reading', () => {
    const piece = fc.constantFrom('1', '12', '123', '1.600', '388,295', '2,45', '1,234,567', '2.610,4', '7.5', '0.600', '.', ',', ' ', 'a', ')', '. T', '2.1.')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 12}), fc.constantFrom('1.600', '388,295', '2,45', '7.5', '12'), (parts, figure) => {
        const text = parts.join('')
        const eager = collectSeparatorEvidence(text)
        expect(parseVietnameseNumber(figure, lazySeparatorEvidence(text))).toEqual(parseVietnameseNumber(figure, eager))
        expect({...eager}).toEqual({
          viDecimalComma: lazySeparatorEvidence(text).viDecimalComma,
          viThousandsDot: lazySeparatorEvidence(text).viThousandsDot,
          enDecimalPoint: lazySeparatorEvidence(text).enDecimalPoint,
          enThousandsComma: lazySeparatorEvidence(text).enThousandsComma,
          dotThree: lazySeparatorEvidence(text).dotThree
        })
      }),
      {numRuns: 1000}
    )
  })
})
