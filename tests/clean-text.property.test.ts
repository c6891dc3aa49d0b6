/**
 * Task bodies are cleaned paragraph by paragraph (each paragraph once, however many tasks hold it) and
 * joined: the same as cleaning the body's paragraphs together, kept here as the reference.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {cleanBodyText, cleanParagraph, cleansByTrimming, joinParagraphs} from '../src/stages/clean-text.js'
import {stripFootnoteMarkers} from '../src/stages/resolve-footnotes.js'
import {stripEmphasis} from '../src/stages/split-sections.js'
import {SUPERSCRIPT_DIGITS, SUPERSCRIPT_OPEN} from '../src/vocabulary/footnote-layout.js'

function referenceBody(paragraphs: readonly string[], bracketLabels?: ReadonlySet<string>) {
  const footnotes: string[] = []
  const parts: string[] = []
  for (const paragraph of paragraphs) {
    const {text, labels} = stripFootnoteMarkers(paragraph, {bracketLabels})
    footnotes.push(...labels)
    const clean = stripEmphasis(text)
    if (clean) parts.push(clean)
  }
  return {text: parts.join('\n'), footnotes: [...new Set(footnotes)]}
}

const PIECES = ['Tăng cường', 'quản lý', '¹', '²', '³', '⁽⁴⁾', 'm²', '[1]', '[2]', '*', '**', '_', ' ', '  ', '\t', '\n', '.', ';', 'a', '10⁶', '']
const paragraph = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), {maxLength: 16}).map((parts) => parts.join('')),
  fc.string({maxLength: 30})
)

describe('cleanBodyText', () => {
  it('should clean and join paragraphs as cleaning them together does', () => {
    fc.assert(
      fc.property(fc.array(paragraph, {maxLength: 6}), fc.boolean(), (paragraphs, brackets) => {
        const bracketLabels = brackets ? new Set(['1', '2']) : undefined
        const expected = referenceBody(paragraphs, bracketLabels)
        expect(cleanBodyText(paragraphs, bracketLabels)).toEqual(expected)
        expect(joinParagraphs(paragraphs.map((text) => cleanParagraph(text, bracketLabels)))).toEqual(expected)
      }),
      {numRuns: 2000}
    )
  })
})

describe('cleansByTrimming', () => {
  const piece = fc.oneof(
    fc.array(fc.constantFrom(...PIECES, '⁰', '⁹', '⁽', '⁾', '[', ']', '\r', '\v', '\f', '\u00a0', 'x_y', ' _', 'đ'), {maxLength: 16}).map((parts) => parts.join('')),
    fc.string({maxLength: 30}),
    fc.string({unit: 'binary', maxLength: 30})
  )

  it('should hold only of text whose every piece cleaning changes by trimming alone', () => {
    fc.assert(
      fc.property(piece, fc.nat(), fc.nat(), fc.boolean(), (text, a, b, brackets) => {
        if (!cleansByTrimming(text)) return
        const start = a % (text.length + 1)
        const end = start + (b % (text.length - start + 1))
        const slice = text.slice(start, end)
        expect(cleanParagraph(slice, brackets ? new Set(['1', '2']) : undefined)).toEqual({text: slice.trim(), labels: []})
      }),
      {numRuns: 5000}
    )
  })

  it('should answer as one regex of the characters cleaning works on', () => {
    const markerFirst = [...Object.keys(SUPERSCRIPT_DIGITS), SUPERSCRIPT_OPEN, '['].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    const reference = new RegExp(`[${markerFirst.join('')}*_\\t-\\r]| {2}`)
    const rare = fc.constantFrom('\u2070', '\u2074', '\u2079', '\u207a', '\u207d', '\u207e', '\u2080', '\u20ac', '\u2122', '\ud83d\ude00', '\uffff', '\u206f')
    const text = fc.oneof(piece, fc.array(fc.oneof(piece, rare), {maxLength: 8}).map((parts) => parts.join('')))
    fc.assert(
      fc.property(text, (value) => {
        expect(cleansByTrimming(value)).toBe(!reference.test(value))
      }),
      {numRuns: 5000}
    )
    for (let code = 0; code < 0x10000; code++) {
      const value = `ab${String.fromCharCode(code)}c`
      if (cleansByTrimming(value) !== !reference.test(value)) expect(code.toString(16)).toBe('a code unit read as the regex reads it')
    }
  })

  it('should refuse marker characters, emphasis marks and white space that collapses', () => {
    for (const text of ['a¹', 'm²', '⁽4⁾', 'x [1]', '*a*', 'a_b', 'a  b', 'a\tb', 'a\nb', 'a\rb', 'a\vb', 'a\fb']) expect(cleansByTrimming(text), text).toBe(false)
    for (const text of ['Tăng cường quản lý.', ' a b ', 'a\u00a0\u00a0b', '']) expect(cleansByTrimming(text), text).toBe(true)
  })
})
