/**
 * The signature block is read into cells only where `mayNameIssuer` says a piece may name an issuing
 * body: it must never pass over a piece whose cell names one.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {mayNameIssuer, withoutMotto} from '../src/stages/extract-metadata.js'
import {keptIndexFrom, stripEmphasis} from '../src/stages/split-sections.js'
import {ISSUER_LINE_STARTS, ISSUING_BODIES, MOTTO_STARTS} from '../src/vocabulary/administration.js'
import {foldForMatch} from '../src/vocabulary/orthography.js'
import {anyText, text} from './helpers/strings.js'

/** What the issuer reading tests on a cell: its folded text, signing prefix left out, starts with a body. */
function namesIssuer(piece: string): boolean {
  const folded = foldForMatch(withoutMotto(stripEmphasis(piece))).replace(/^(?:tm|t\/m|kt)\.?\s*/u, '')
  return ISSUING_BODIES.some(({pattern}) => pattern.test(folded))
}

const BODIES = [
  'HỘI ĐỒNG NHÂN DÂN', 'Hội đồng nhân dân', 'hội đồng nhân dân', 'HĐND', 'hđnd', 'ỦY BAN NHÂN DÂN', 'UỶ BAN NHÂN DÂN', 'Uỷ ban nhân dân',
  'ủy ban nhân dân', 'UBND', 'Ubnd', 'QUỐC HỘI', 'Quốc hội', 'H*ỘI ĐỒNG NHÂN DÂN', 'Ủ_Y BAN NHÂN DÂN', 'U*BND'
]
const PREFIXES = ['', 'TM. ', 'TM.', 'tm ', 'T/M ', 't/m. ', 'KT. ', 'Kt.', '\u212aT. ', '**TM. ', '_TM._ ', '  ', '*', '_', ' _']
const MOTTO = [
  '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Cộng hòa xã hội chủ nghĩa Việt Nam ', 'ĐỘC LẬP - TỰ DO - HẠNH PHÚC', 'Độc lập – Tự do – Hạnh phúc   ',
  'C*ỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'x', 'İ', 'Xİ', 'T', 'K', 'H'
]
const AFTER = ['', ' TỈNH HƯNG YÊN', ' THỊ XÃ', ' huyện Bình Liêu', ':', ' khóa XVII', 'X']

/** Pieces built like signature lines: maybe the motto, maybe a prefix, a body, maybe a place. */
const signatureLine = fc
  .tuple(fc.constantFrom(...MOTTO), fc.constantFrom(...PREFIXES), fc.constantFrom(...BODIES), fc.constantFrom(...AFTER), text(4))
  .map(([motto, prefix, body, after, tail]) => `${motto}${prefix}${body}${after}${tail}`)

/** Signature lines with the motto cut into them after a letter or two ("T" + motto + "M. UBND"). */
const cutLine = fc
  .tuple(fc.constantFrom(...PREFIXES), fc.constantFrom(...BODIES), fc.constantFrom(...MOTTO), fc.integer({min: 0, max: 4}))
  .map(([prefix, body, motto, at]) => {
    const line = `${prefix}${body}`
    return `${line.slice(0, at)}${motto}${line.slice(at)}`
  })

describe('mayNameIssuer', () => {
  it('passes every signature line the issuer reading would take', () => {
    for (const motto of MOTTO)
      for (const prefix of PREFIXES)
        for (const body of BODIES) {
          for (const piece of [`${motto}${prefix}${body}`, `${prefix}${body}`.replace(/^(\P{L}*\p{L})/u, `$1${motto}`)])
            if (namesIssuer(piece)) expect(mayNameIssuer(piece), piece).toBe(true)
        }
  })

  it('never rejects a piece whose cell names an issuing body', () => {
    fc.assert(
      fc.property(fc.oneof(signatureLine, cutLine, text(12), anyText()), (piece) => {
        if (namesIssuer(piece)) expect(mayNameIssuer(piece)).toBe(true)
      }),
      {numRuns: 20000}
    )
  })

  it('rejects running text', () => {
    for (const piece of ['- Tăng cường quản lý', '1. Kinh tế', 'a) Nông nghiệp', 'Các chỉ tiêu', 'Đẩy mạnh', 'Nơi nhận:', '   '])
      expect(mayNameIssuer(piece), piece).toBe(false)
  })
})

/** `mayNameIssuer` as it read the letters before, by lower-cased strings. */
function oldMayNameIssuer(piece: string): boolean {
  const kept = (from: number) => keptIndexFrom(piece, from)
  const lower = (index: number) => piece.charAt(index).toLowerCase()
  const first = kept(0)
  const second = first < 0 ? -1 : kept(first + 1)
  if (second < 0) return false
  const one = lower(first)
  const two = lower(second)
  if (one.length !== 1 || two.length !== 1) return true
  const mottoInitials = MOTTO_STARTS.map((start) => start.charAt(0)).join('')
  const initials = ISSUER_LINE_STARTS.map((start) => start.charAt(0)).join('') + mottoInitials
  if (initials.includes(one) && (ISSUER_LINE_STARTS.includes(one + two) || MOTTO_STARTS.includes(one + two))) return true
  if (!mottoInitials.includes(two)) return false
  const third = kept(second + 1)
  if (third < 0) return false
  const three = lower(third)
  return three.length !== 1 || MOTTO_STARTS.includes(two + three)
}

describe('mayNameIssuer by code units', () => {
  it('should answer as the reading by lower-cased strings', () => {
    fc.assert(
      fc.property(fc.oneof(signatureLine, cutLine, text(6), anyText()), (piece) => {
        expect(mayNameIssuer(piece)).toBe(oldMayNameIssuer(piece))
      }),
      {numRuns: 5000}
    )
    // Every letter below U+2200 (Latin, Vietnamese, the Kelvin sign), a sample of the others.
    for (let code = 0; code < 0x10000; code += code < 0x2200 ? 1 : 13) {
      const character = String.fromCharCode(code)
      for (const piece of [`${character}đ`, `t${character}`, `x${character}ộ`, `xc${character}`]) expect(mayNameIssuer(piece), piece).toBe(oldMayNameIssuer(piece))
    }
  })
})
