/**
 * The shortcuts of the target parser against the plain definitions they replace: the character table of
 * the tokenizer, the NFC-inert characters that let a text skip `normalize`, the evidence gathered only
 * when a figure asks for it, and the arithmetic that replaced string work in reading figures.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {collectSeparatorEvidence, lazySeparatorEvidence, parseVietnameseNumber, readAsVietnameseForTest, shapeForTest} from '../src/stages/parse-number.js'
import {parseTargets, roundScaledForTest} from '../src/stages/parse-targets.js'
import {charClassForTest, isNfcInertCode} from '../src/stages/target-tokens.js'
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

/** How figures were classified before `shapeOf`: split into groups, then the groups looked at. */
function referenceShape(body: string): string | null {
  const groups: string[] = []
  const separators: string[] = []
  let start = 0
  for (let index = 0; index < body.length; index++) {
    const code = body.charCodeAt(index)
    if (code >= 48 && code <= 57) continue
    if (code !== 46 && code !== 44) return null
    if (index === start) return null
    groups.push(body.slice(start, index))
    separators.push(body[index] ?? '')
    start = index + 1
  }
  if (start >= body.length) return null
  groups.push(body.slice(start))
  if (separators.length === 0) return 'plain'
  const opens = (group: string): boolean => group.length >= 1 && group.length <= 3 && group[0] !== '0'
  const dots = separators.filter((separator) => separator === '.').length
  const commas = separators.length - dots
  const first = groups[0] ?? ''
  const rest = groups.slice(1)
  const last = separators[separators.length - 1]
  const allThree = (list: readonly string[]): boolean => list.every((group) => group.length === 3)
  if (dots > 0 && commas > 0) {
    if (last === ',' && commas === 1 && opens(first) && allThree(rest.slice(0, -1))) return 'vi-mixed'
    if (last === '.' && dots === 1 && opens(first) && allThree(rest.slice(0, -1))) return 'en-mixed'
    return null
  }
  if (dots > 0) {
    if (dots > 1) return opens(first) && allThree(rest) ? 'vi-thousands' : null
    return opens(first) && rest[0]?.length === 3 ? 'dot3' : 'en-decimal'
  }
  if (commas > 1) return opens(first) && allThree(rest) ? 'en-thousands' : null
  return opens(first) && rest[0]?.length === 3 ? 'comma3' : 'vi-decimal'
}

describe('reading figures', () => {
  const figureText = fc.array(fc.constantFrom('0', '1', '2', '5', '9', '.', ',', 'a', '-'), {maxLength: 14}).map((chars) => chars.join(''))
  const groupedFigure = fc
    .tuple(fc.stringMatching(/^[0-9]{1,4}$/), fc.array(fc.tuple(fc.constantFrom('.', ','), fc.stringMatching(/^[0-9]{1,4}$/)), {maxLength: 5}))
    .map(([head, tail]) => head + tail.map(([separator, group]) => separator + group).join(''))

  it('gives each written figure the shape the group split gave it', () => {
    fc.assert(
      fc.property(fc.oneof(figureText, groupedFigure), (body) => {
        expect(shapeForTest(body)).toBe(referenceShape(body))
      }),
      {numRuns: 5000}
    )
  })

  it('reads a Vietnamese figure by arithmetic as Number reads its digits', () => {
    const vietnamese = fc
      .tuple(fc.stringMatching(/^[0-9]{1,20}$/), fc.array(fc.stringMatching(/^[0-9]{1,3}$/), {maxLength: 4}), fc.option(fc.stringMatching(/^[0-9]{1,18}$/)))
      .map(([head, groups, decimals]) => [head, ...groups].join('.') + (decimals === null ? '' : `,${decimals}`))
    fc.assert(
      fc.property(fc.oneof(vietnamese, groupedFigure), (body) => {
        const [fast, byString] = readAsVietnameseForTest(body)
        expect(Object.is(fast, byString), `${body}: ${fast} vs ${byString}`).toBe(true)
      }),
      {numRuns: 5000}
    )
  })

  it('rounds a scaled figure as toPrecision(15) does', () => {
    const factor = fc.constantFrom(1e-3, 0.1, 10, 1e3, 1e4, 1e6, 1e9, 1e12, 1e15)
    const value = fc.oneof(fc.integer({min: 0, max: 1e9}), fc.double({min: 0, max: 1e9, noNaN: true}), fc.integer({min: 0, max: 99999}).map((n) => n / 100), fc.constant(-0))
    fc.assert(
      fc.property(value, factor, (figure, scale) => {
        const [fast, slow] = roundScaledForTest(figure * scale)
        expect(Object.is(fast, slow), `${figure} × ${scale}`).toBe(true)
      }),
      {numRuns: 5000}
    )
  })
})
