/**
 * readMarker dispatches on the first characters and looks at the first word before folding the text and
 * trying the word-marker patterns (its readings are in tests/read-marker.test.ts); markerOf reads each
 * paragraph once. WORD_MARKER_FIRST_WORDS must agree with the patterns it stands in front of.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Paragraph} from '../src/stages/parse-blocks.js'
import {hasSecondNumber, markerOf, readMarker} from '../src/stages/read-marker.js'
import {ANNEX_HEADING, ARTICLE_HEADING, CHAPTER_HEADING, ORDINAL_OPENER, PART_HEADING, WORD_MARKER_FIRST_WORDS} from '../src/vocabulary/headings.js'
import {foldForMatch} from '../src/vocabulary/orthography.js'
import {CHARACTERS} from './helpers/strings.js'

const RUNS = {numRuns: 5000}

/** Pieces of markers and of what follows them, in several spellings. */
const MARKER_PIECES = [
  'Điều', 'ĐIỀU', 'điều', 'Phần', 'PHẦN', 'phần', 'Phụ lục', 'PHỤ LỤC', 'Phụ', 'Chương', 'CHƯƠNG', 'thứ', 'Thứ', 'THỨ', 'Một',
  'MỘT', 'Hai', 'hai', 'ba', 'Bốn', 'năm', 'Năm', 'mười', 'Mười', 'lăm', 'là', 'nhất', 'tư', 'số', 'lục', 'Thứ\u0301',
  'Mo\u0323\u0302t', 'II', 'IV', 'XI', 'C', 'D', 'M', 'L', 'V', 'I', 'A', 'Đ', 'a', 'đ', 'z', '1', '12', '3', '123', '0',
  '.', '. ', ')', '(', ':', ',', ' ', '  ', '\t', '\u00a0', '- ', '-', '– ', '— ', '• ', '+ ', '+', '* ', '*', '**', '***',
  '_', '__', 'Tăng', 'Phát', 'hoá', 'Uỷ', 'İ', 'Σ', '𝐀'
]

function markerText(): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof(fc.constantFrom(...MARKER_PIECES), fc.constantFrom(...CHARACTERS)), {maxLength: 12})
    .map((pieces) => pieces.join(''))
}

describe('markerOf', () => {
  it('markerOf reads the paragraph text, once', () => {
    fc.assert(
      fc.property(markerText(), (value) => {
        const paragraph: Paragraph = {
          type: 'paragraph',
          text: value,
          segments: [],
          position: {start: {line: 1, column: 1}, end: {line: 1, column: 1}}
        }
        const first = markerOf(paragraph)
        expect(first).toEqual(readMarker(value))
        expect(markerOf(paragraph)).toBe(first)
      }),
      RUNS
    )
  })
})

describe('WORD_MARKER_FIRST_WORDS', () => {
  const patterns = [PART_HEADING, CHAPTER_HEADING, ARTICLE_HEADING, ANNEX_HEADING, ORDINAL_OPENER]

  it('holds the first word of every word-marker pattern', () => {
    // Each pattern matches only after one of the words and white space.
    fc.assert(
      fc.property(markerText(), (value) => {
        const folded = foldForMatch(value)
        for (const pattern of patterns) {
          if (!pattern.test(folded)) continue
          const word = /^\S+/.exec(folded)?.[0] ?? ''
          expect(WORD_MARKER_FIRST_WORDS.has(word)).toBe(true)
          expect(/^\S+\s/.test(folded)).toBe(true)
        }
      }),
      RUNS
    )
    for (const example of ['phần thứ hai', 'chương ii', 'điều 3.', 'phụ lục 2', 'một là, x', 'mười hai là: x', 'thứ nhất, x']) {
      const matched = patterns.filter((pattern) => pattern.test(example))
      expect(matched.length).toBeGreaterThan(0)
      expect(WORD_MARKER_FIRST_WORDS.has(example.split(' ')[0] as string)).toBe(true)
    }
  })

  it('are folded already, and lower case alone folds nothing into them', () => {
    // readMarker compares the lower-cased first word: fold and lower case agree unless a tone sits on
    // an old or a new placement of oa, oe, uy.
    for (const word of WORD_MARKER_FIRST_WORDS) {
      expect(foldForMatch(word)).toBe(word)
      expect(word).not.toMatch(/o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]|[òóỏõọ][ae]|[ùúủũụ]y/)
    }
  })

  it('lists no word the patterns never start with', () => {
    const sources = patterns.map((pattern) => pattern.source).join(' ')
    for (const word of WORD_MARKER_FIRST_WORDS) expect(sources).toContain(word)
  })
})

describe('hasSecondNumber', () => {
  // The patterns it stands in front of, as in read-marker.ts.
  const ARABIC3 = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?[*_]*(?:\s+|(?=\p{Lu}))(?=\S)/u
  const ARABIC2 = /^(\d{1,2})\.(\d{1,2})\.?[*_]*(?:\s+|(?=\p{Lu}))(?=\S)/u
  const ARABIC2_SPACED = /^(\d{1,2})\. (\d{1,2})\.\s*(?=\p{L})/u
  const PIECES = ['1', '2', '12', '123', '.', '. ', '.\t', '.\u00a0', ' ', '  ', 'a', 'Tăng', 'T', ')', '*', '_', '1.2', '3.1.2']

  it('should be true wherever the patterns for "3.1", "3.1.2" and "3. 6." match', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(...CHARACTERS)), {maxLength: 10}),
        (pieces) => {
          const value = '1' + pieces.join('')
          if (ARABIC3.test(value) || ARABIC2.test(value) || ARABIC2_SPACED.test(value)) expect(hasSecondNumber(value)).toBe(true)
        }
      ),
      RUNS
    )
  })
})
