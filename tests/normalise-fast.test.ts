/**
 * The fast paths of normaliseLines against the plain per-line implementation they replace, and the
 * Unicode facts they rest on, checked against the running ICU.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {isPlainFrom0300, knownMarkerFree, knownStarFree, knownTableMarkFree, mayChange, normaliseLines, spaceAfterListMarker} from '../src/stages/normalise.js'
import {isMarkerStartCode, MARKER_START} from '../src/vocabulary/footnote-layout.js'
import type {SourceLine} from '../src/types.js'

// ---- the implementation before the fast paths (every line through every rule) ----
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g
const INVISIBLES = /[\u200b-\u200d\u2060\ufeff\u00ad]/g
const ETH: Readonly<Record<string, string>> = {'\u00d0': '\u0110', '\u00f0': '\u0111'}
const MARKDOWN_ESCAPE = /\\([-\\`*_{}[\]()#+.!|~<>])/g
const HTML_ENTITY = /&(?:nbsp|amp|lt|gt|quot|apos|ndash|mdash|hellip|#\d{1,6}|#x[\da-f]{1,5});/giu
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…'
}
function decodeEntity(entity: string): string {
  const name = entity.slice(1, -1).toLowerCase()
  if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16))
  if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
  return NAMED_ENTITIES[name] ?? entity
}
function referenceLines(text: string): SourceLine[] {
  const raw = text.split(/\r\n|\r|\n|\u2028|\u2029/)
  if (raw.length > 1 && raw.at(-1) === '') raw.pop()
  return raw.map((value, index) => {
    let line = value
    if (line.length > 0) {
      if (/[^\0-\x7f]/.test(line)) line = line.normalize('NFC').replace(INVISIBLES, '').replace(ODD_SPACES, ' ').replace(/[\u00d0\u00f0]/g, (eth) => ETH[eth] ?? eth).replace(/^(\s*)[\uf000-\uf0ff](?=\s)/, '$1•')
      if (line.includes('\\')) line = line.replace(MARKDOWN_ESCAPE, '$1')
      if (line.includes('&')) line = line.replace(HTML_ENTITY, decodeEntity)
      line = line.replace(/^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/, (_, heading = '') => (heading === '' || /^[*_]/.test(heading) ? heading : `**${heading}**`))
    }
    // (the rule itself is normalise's: what is checked here is which lines get it)
    return {line: index + 1, text: spaceAfterListMarker(line.trimEnd())}
  })
}

/** Pieces that exercise every rule: line breaks, spaces, invisibles, NFD marks, escapes, entities. */
const PIECES = [
  'a', 'Hội', 'đồng', 'ỹ', 'Ư', ' ', '  ', '\t', '\n', '\r\n', '\r', '\u2028', '\u2029', '\u00a0', '\u00ad', '\u200b',
  '\u2003', '\u202f', '\ufeff', '\u3000', '\u0301', '\u0323', '\u0302', 'e\u0302\u0301', 'o\u031b', '\u2126', '\u212b',
  '\u2000', '\u1100\u1161', '–', '“', '”', '…', '⁴', '⁽', '₫', '≤', '\\', '\\-', '\\*', '\\geq', '&', '&amp;', '&nbsp;',
  '&#8211;', '&#x2013;', '&lt', '1.', 'Điều 2.', '\u00d0iều', '\u00f0', '&#208;', '1.\t', 'a)\t', '(3)\t', '•\t', '&#9;', 'Điều 1.\t', '**Điều 1.**\t', 'PHẦN THỨ HAI\t', '\uf0b7', '\uf0a7 ', '·\t', '😀', '\ud800', '|', '\\|', '*', '**', '&#124;', '&#42;', '&#9;', '#', '## ', '### ', ' #', '&#35;'
]
const textOfPieces = fc.array(fc.constantFrom(...PIECES), {maxLength: 60}).map((parts) => parts.join(''))

describe('normaliseLines fast paths', () => {
  it('should give what every rule on every line gives, on texts made of the tricky pieces', () => {
    fc.assert(
      fc.property(textOfPieces, (text) => {
        expect(normaliseLines(text)).toEqual(referenceLines(text))
      }),
      {numRuns: 3000}
    )
  })

  it('should give what every rule on every line gives, on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 200}), (text) => {
        expect(normaliseLines(text)).toEqual(referenceLines(text))
      }),
      {numRuns: 1000}
    )
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 200}), (text) => {
        expect(normaliseLines(text)).toEqual(referenceLines(text))
      }),
      {numRuns: 1000}
    )
  })

  it('should give the same on whole documents in NFC, NFD, with CRLF and with lone CRs', () => {
    const document = [
      'HỘI ĐỒNG NHÂN DÂN\u00a0TỈNH', 'Số: 12/NQ-HĐND\u200b', '', '\\- Tỷ lệ hộ nghèo &lt; 2%&nbsp;;   ',
      'Điều 1. Mục tiêu\t', '1\\. Tăng trưởng – “GRDP” đạt 7,5%…', 'ₓ ≤ ≥ ₫ ⁴⁵ ⁽¹⁾'
    ].join('\n')
    for (const text of [document, document.normalize('NFD'), document.replaceAll('\n', '\r\n'), document.replace('\n', '\r')]) {
      expect(normaliseLines(text)).toEqual(referenceLines(text))
      expect(normaliseLines(text + '\n')).toEqual(referenceLines(text + '\n'))
    }
  })
})

describe('knownTableMarkFree and knownStarFree', () => {
  it('should vouch only for lines without a tab or "|", or without "*", of the array normaliseLines returned', () => {
    fc.assert(
      fc.property(textOfPieces, (text) => {
        const lines = normaliseLines(text)
        const tableMarkFree = knownTableMarkFree(lines)
        const starFree = knownStarFree(lines)
        lines.forEach((line, index) => {
          if (tableMarkFree(line, index)) expect(/[\t|]/.test(line.text)).toBe(false)
          if (starFree(line, index)) expect(line.text.includes('*')).toBe(false)
        })
        expect(knownStarFree([...lines])(lines[0] as SourceLine, 0)).toBe(false)
      }),
      {numRuns: 3000}
    )
    const lines = normaliseLines('a\tb\nc|d\ne*f\ng')
    expect([0, 1, 2, 3].map((index) => knownTableMarkFree(lines)(lines[index] as SourceLine, index))).toEqual([false, false, true, true])
    expect([0, 1, 2, 3].map((index) => knownStarFree(lines)(lines[index] as SourceLine, index))).toEqual([true, true, false, true])
  })
})

describe('code tests that replace character classes', () => {
  it('isPlainFrom0300 and isMarkerStartCode should agree with the classes they replace on every code unit', () => {
    const plain = /[\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u207a-\u207c\u207e-\u20bf\u2190-\u22ff]/
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      if (isPlainFrom0300(code) !== plain.test(char)) expect.fail(`isPlainFrom0300 U+${code.toString(16)}`)
      if (isMarkerStartCode(code) !== MARKER_START.test(char)) expect.fail(`isMarkerStartCode U+${code.toString(16)}`)
    }
  })
})

describe('knownMarkerFree', () => {
  it('should vouch only for lines without a marker start, of the array normaliseLines returned', () => {
    fc.assert(
      fc.property(textOfPieces, (text) => {
        const lines = normaliseLines(text)
        const markerFree = knownMarkerFree(lines)
        lines.forEach((line, index) => {
          if (markerFree(line, index)) expect(MARKER_START.test(line.text)).toBe(false)
        })
      }),
      {numRuns: 2000}
    )
  })

  it('should know every code unit that can start a marker, and nothing of other arrays or changed ones', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      if (!MARKER_START.test(char)) continue
      const lines = normaliseLines(`a\n${char}\nb`)
      expect([0, 1, 2].map((index) => knownMarkerFree(lines)(lines[index] as SourceLine, index))).toEqual([true, false, true])
    }
    const lines = normaliseLines('a\nb')
    expect(knownMarkerFree(lines)(lines[0] as SourceLine, 0)).toBe(true)
    expect(knownMarkerFree([...lines])(lines[0] as SourceLine, 0)).toBe(false)
    lines[0] = {line: 1, text: '¹ a'}
    expect(knownMarkerFree(lines)(lines[0], 0)).toBe(false)
  })
})

describe('code units that mayChange lets through', () => {
  /** Every code point that occurs after the first position of a canonical decomposition. */
  function nonInitialDecompositionChars(): Set<number> {
    const found = new Set<number>()
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const char = String.fromCodePoint(code)
      const nfd = char.normalize('NFD')
      if (nfd === char) continue
      const points = [...nfd]
      for (const point of points.slice(1)) found.add(point.codePointAt(0) as number)
    }
    return found
  }

  it('should only let through starters that NFC leaves alone wherever they stand and that no rule touches', () => {
    const nonInitial = nonInitialDecompositionChars()
    let stable = 0
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      if (mayChange(char)) continue
      stable++
      // Not changed by NFC on its own (no singleton, no composition exclusion)...
      expect(char.normalize('NFC')).toBe(char)
      // ...never composed with what precedes it (NFC_Quick_Check is not Maybe)...
      expect(nonInitial.has(code)).toBe(false)
      // ...combining class 0: never reordered against marks of class 1 (U+0334) or 230 (U+0301).
      const base = char.normalize('NFD')[0] as string
      if (base === char) {
        expect(`x${char}\u0334`.normalize('NFD')).toBe(`x${char}\u0334`)
        expect(`x\u0301${char}`.normalize('NFD')).toBe(`x\u0301${char}`)
      } else {
        expect(mayChange(base)).toBe(false)
      }
      // No space, invisible, escape or entity rule applies.
      expect(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u200b-\u200d\u2060\ufeff\u00ad\\&]/.test(char)).toBe(false)
    }
    // ASCII, Latin-1, Latin Extended and the Vietnamese letters at least.
    expect(stable).toBeGreaterThan(1000)
    for (const char of 'aĐđăâêôơưạỹ–“”…⁴⁽₫≤') expect(mayChange(char)).toBe(false)
    for (const char of '\u0301\u00a0\u00ad\u200b\\&\u2126\ufeff') expect(mayChange(char)).toBe(true)
  }, 120_000)
})
