/**
 * The metadata extractor reads the header and the text with cheap tests before folding: the first letter
 * before the operative-line and legal-basis patterns, the level word found in the text as written. These
 * properties check each against the reading it replaced.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findPlaceName, initialOf, mayFoldToInitial} from '../src/stages/extract-metadata.js'
import type {Paragraph} from '../src/stages/parse-blocks.js'
import {includesPhrase, stripEmphasis} from '../src/stages/split-sections.js'
import {ADMIN_LEVEL_WORDS, LEGAL_BASIS_START, RESOLVES_LINE} from '../src/vocabulary/administration.js'
import {foldForMatch} from '../src/vocabulary/orthography.js'
import {anyText, text} from './helpers/strings.js'

const paragraph = (text: string): Paragraph => ({type: 'paragraph', text, segments: [], position: {start: {line: 1, column: 1}, end: {line: 1, column: 1}}}) as unknown as Paragraph

describe('mayFoldToInitial', () => {
  const headerLine = fc
    .tuple(
      fc.constantFrom('', ' ', '**', '_', ' _ ', '*_', '\u00a0', '\t'),
      fc.constantFrom('QUYẾT NGHỊ:', 'Quyết nghị', 'quyết  nghị :', 'Q*UYẾT NGHỊ', '_QUYẾT NGHỊ_', 'Căn cứ Luật', 'CĂN CỨ', 'căn\u00a0cứ ', 'c', 'Q', 'x', ''),
      text(6)
    )
    .map((parts) => parts.join(''))

  it('should never reject a text whose folded plain text the pattern matches', () => {
    for (const pattern of [RESOLVES_LINE, LEGAL_BASIS_START]) {
      const initial = initialOf(pattern)
      fc.assert(
        fc.property(fc.oneof(headerLine, anyText()), (text) => {
          if (pattern.test(foldForMatch(stripEmphasis(text)))) expect(mayFoldToInitial(text, initial)).toBe(true)
        }),
        {numRuns: 5000}
      )
    }
  })

  it('should take the initial of patterns anchored on a plain letter only', () => {
    expect(String.fromCharCode(initialOf(RESOLVES_LINE))).toBe('q')
    expect(String.fromCharCode(initialOf(LEGAL_BASIS_START))).toBe('c')
    for (const pattern of [/quyết/u, /^kỳ/u, /^ích/u, /^\d/u, /^Q/u, /^q/iu]) expect(() => initialOf(pattern)).toThrow()
  })
})

/** The reading `findPlaceName` replaced: each paragraph holding the word folded, occurrences found in the fold. */
function oldFindPlaceName(paragraphs: readonly Paragraph[], word: string): string | null {
  const pattern = new RegExp(`(?:^|[^\\p{L}])${word}\\s+((?:\\p{Lu}[\\p{Ll}\\p{M}]*|\\d+)(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]*)*)`, 'u')
  const counts = new Map<string, number>()
  const pivot = [...word].reduce((best, character) => (character > best ? character : best))
  for (const paragraph of paragraphs) {
    if (!includesPhrase(paragraph.text, word, pivot)) continue
    const folded = paragraph.text
    const lower = foldForMatch(folded)
    let from = 0
    while (from < lower.length) {
      const at = lower.indexOf(word, from)
      if (at < 0) break
      const match = pattern.exec(folded.slice(Math.max(0, at - 1), at + word.length + 60))
      if (match?.index === 0 && match[1]) counts.set(match[1], (counts.get(match[1]) ?? 0) + 1)
      from = at + word.length
    }
  }
  let best: string | null = null
  let bestCount = 0
  for (const [name, count] of counts) if (count > bestCount) [best, bestCount] = [name, count]
  return best
}

describe('findPlaceName', () => {
  it('should rely on level words that are their own fold and never overlap', () => {
    for (const {word} of ADMIN_LEVEL_WORDS) {
      expect(foldForMatch(word)).toBe(word)
      for (let shift = 1; shift < word.length; shift++) expect(word.startsWith(word.slice(shift))).toBe(false)
    }
  })

  const place = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          'thị xã Hồng Lĩnh', 'THỊ XÃ', 'Thị xã Kỳ Anh', 'thị xã hồng', 'xã hội', 'kinh tế - xã hội', 'xã Tân Lập', 'XÃ ', 'xãxã ', 'thị xãHồng',
          'huyện Bình Liêu', 'HUYỆN', 'Huyện Ba Vì', 'phường 1', 'Phường 12', 'quận Ba Đình', 'tỉnh Hưng Yên', 'thành phố Vinh', 'thị trấn Phố Mới',
          'thị xã ', 'xã', 'Tỉnh', ' ', ', ', '.', 'Lĩnh', 'Hồng', 'Tân', 'hoá', 'Hoà Bình', '\u00a0', 'x', 'ã', 'İ'
        ),
        text(3)
      ),
      {maxLength: 24}
    )
    .map((parts) => parts.join(''))

  it('should find the name the fold-based reading finds', () => {
    fc.assert(
      fc.property(fc.array(place, {maxLength: 6}), fc.constantFrom(...ADMIN_LEVEL_WORDS.map(({word}) => word)), (texts, word) => {
        const paragraphs = texts.map(paragraph)
        expect(findPlaceName(paragraphs, word)).toBe(oldFindPlaceName(paragraphs, word))
      }),
      {numRuns: 5000}
    )
  })

  it('should count the name written most often after the word', () => {
    const paragraphs = ['Ủy ban nhân dân thị xã Hồng Lĩnh', 'THỊ XÃ Kỳ Anh và thị xã Kỳ Anh', 'của thị xã Hồng Lĩnh; kinh tế - xã hội'].map(paragraph)
    expect(findPlaceName(paragraphs, 'thị xã')).toBe('Hồng Lĩnh')
  })
})
