/**
 * The section splitter's text helpers were rewritten without regexes on their hot paths. These
 * properties check them against the regex-based versions they replace, on arbitrary strings.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  firstKeptCharacter,
  firstSentence,
  firstSentenceOfPlain,
  headingText,
  includesPhrase,
  isClosingParagraph,
  isGroupHeading,
  leadBeforeColon,
  startsLikeClosing,
  stripEmphasis,
  withoutTrailingColon
} from '../src/stages/split-sections.js'
import {trimEnd, ITEM_END} from '../src/stages/trim.js'
import {CLOSING_PARAGRAPH_STARTS, CLOSING_PARAGRAPHS, GROUP_LEAD} from '../src/vocabulary/headings.js'
import {foldForMatch} from '../src/vocabulary/orthography.js'
import {anyText, text} from './helpers/strings.js'

const RUNS = {numRuns: 3000}

// The regex-based versions, as they were.
const EMPHASIS = /\*+|__|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu

function oldStripEmphasis(value: string): string {
  let result = value
  if (result.includes('*') || result.includes('_')) result = result.replace(EMPHASIS, '')
  if (/ {2}|[\t-\r]/.test(result)) result = result.replace(/\s+/g, ' ')
  return result.trim()
}

function oldHeadingText(value: string): string {
  return oldStripEmphasis(value).replace(/\s*[:：]\s*$/, '').trim()
}

function oldFirstSentence(value: string, max = 160): string {
  const clean = oldStripEmphasis(value)
  const end = /[.!?](?=\s|$)/.exec(clean)
  let sentence = end ? clean.slice(0, end.index) : clean
  if (sentence.length > max) {
    const cut = sentence.lastIndexOf(' ', max)
    sentence = sentence.slice(0, cut > 0 ? cut : max)
  }
  return trimEnd(sentence, ITEM_END)
}

function oldIsGroupHeading(bodyText: string, bullet: '*' | '-' | '+' = '-'): boolean {
  const value = oldStripEmphasis(bodyText)
  if (value.length === 0) return false
  if (value.length <= 120 && /:$/.test(value)) return true
  if (value.length <= 120 && !/[.;!?]$/.test(value) && !/\d/.test(value) && /^\p{Lu}/u.test(value)) return true
  const lead = /^([^:]{2,80}):\s*\S/u.exec(value)?.[1]
  if (!lead || /\d/.test(lead) || !/^\p{Lu}/u.test(lead)) return false
  // (a first clause after the colon that states a figure other than a year makes an item)
  const firstClause = /^[^;.]*(?:\.\d[^;.]*)*/.exec(value.slice(lead.length + 1))?.[0] ?? ''
  if (bullet !== '-' && !/\d/.test(firstClause.replace(/(?:19|20)\d\d/g, ''))) return true
  return /^[*_]/.test(bodyText.trimStart()) || GROUP_LEAD.test(foldForMatch(lead))
}

function oldIsClosingParagraph(value: string): boolean {
  if (value.length > 600) return false
  const head = value.length > 80 && !value.includes('thông qua') ? value.slice(0, 80) : value
  const folded = foldForMatch(oldStripEmphasis(head))
  return CLOSING_PARAGRAPHS.some((pattern) => pattern.test(folded))
}

describe('split-sections helpers equal their regex versions', () => {
  it('stripEmphasis', () => {
    fc.assert(fc.property(anyText(), (value) => {
      expect(stripEmphasis(value)).toBe(oldStripEmphasis(value))
    }), RUNS)
  })

  it('stripEmphasis is idempotent (a section body, already stripped, is not stripped again)', () => {
    fc.assert(fc.property(anyText(), (value) => {
      const once = stripEmphasis(value)
      expect(stripEmphasis(once)).toBe(once)
    }), RUNS)
  })

  it('firstSentenceOfPlain is firstSentence of a text stripEmphasis has cleaned', () => {
    fc.assert(
      fc.property(anyText(), fc.integer({min: 1, max: 200}), (value, max) => {
        const clean = stripEmphasis(value)
        expect(firstSentenceOfPlain(clean, max)).toBe(firstSentence(clean, max))
        expect(firstSentenceOfPlain(clean)).toBe(firstSentence(value))
      }),
      RUNS
    )
  })

  it('headingText and withoutTrailingColon', () => {
    fc.assert(
      fc.property(anyText(), (value) => {
        expect(headingText(value)).toBe(oldHeadingText(value))
        expect(withoutTrailingColon(value)).toBe(value.replace(/\s*[:：]\s*$/, '').trim())
      }),
      RUNS
    )
  })

  it('firstSentence', () => {
    fc.assert(
      fc.property(anyText(), fc.integer({min: 1, max: 200}), (value, max) => {
        expect(firstSentence(value)).toBe(oldFirstSentence(value))
        expect(firstSentence(value, max)).toBe(oldFirstSentence(value, max))
      }),
      RUNS
    )
  })

  it('leadBeforeColon', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(), text(300)), fc.constantFrom(2, 3, 5, 80, 120), (value, max) => {
        expect(leadBeforeColon(value, max)).toBe(new RegExp(`^([^:]{2,${max}}):\\s*\\S`, 'u').exec(value)?.[1])
      }),
      RUNS
    )
  })

  it('isGroupHeading', () => {
    fc.assert(
      fc.property(anyText(), fc.constantFrom('*', '-', '+') as fc.Arbitrary<'*' | '-' | '+'>, (value, bullet) => {
        expect(isGroupHeading(value, bullet)).toBe(oldIsGroupHeading(value, bullet))
      }),
      RUNS
    )
  })

  it('isClosingParagraph', () => {
    fc.assert(fc.property(fc.oneof(anyText(), text(120)), (value) => {
      expect(isClosingParagraph(value)).toBe(oldIsClosingParagraph(value))
    }), RUNS)
    for (const value of ['Nơi nhận:', '**Nơi nhận:**', 'TM. ỦY BAN NHÂN DÂN', '**KT. CHỦ TỊCH**', 'Trên đây là Báo cáo', '_Nghị quyết này đã được HĐND khóa VII thông qua ngày 7/12/2023._']) {
      expect(isClosingParagraph(value)).toBe(true)
    }
  })

  it('firstKeptCharacter is the first character of stripEmphasis', () => {
    fc.assert(fc.property(anyText(), (value) => {
      expect(firstKeptCharacter(value)).toBe(oldStripEmphasis(value).charAt(0) || null)
    }), RUNS)
  })

  it('includesPhrase', () => {
    fc.assert(
      fc.property(anyText(), fc.constantFrom('thông qua', 'qua', 'q', 'aq'), (value, phrase) => {
        expect(includesPhrase(value, phrase, 'q')).toBe(value.includes(phrase))
      }),
      RUNS
    )
  })

  it('every closing pattern starts with one of CLOSING_PARAGRAPH_STARTS', () => {
    for (const pattern of CLOSING_PARAGRAPHS) {
      // "^" and an optional "**" (gone once emphasis is removed), then a word or a group of words.
      const source = pattern.source.replace(/^\^/, '').replace(/^\(\?:\\\*\\\*\)\?/, '').replaceAll('\\/', '/')
      const group = /^\(\?:([^)]*)\)/.exec(source)
      const words = group ? (group[1] ?? '').split('|') : [source]
      for (const word of words) expect(CLOSING_PARAGRAPH_STARTS.has(word.slice(0, 2))).toBe(true)
    }
    for (const start of CLOSING_PARAGRAPH_STARTS) expect(start).toMatch(/^[^\s*_]{2}$/)
  })

  it('startsLikeClosing agrees with the lower-cased pair it stands in front of, for every first code unit', () => {
    const seconds = [...new Set([...CLOSING_PARAGRAPH_STARTS].map((start) => start.charAt(1)))]
    const pairs = [...seconds, ...seconds.map((char) => char.toUpperCase()), 'a', 'Ơ', '\u212a', '', '\udc00']
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      for (const second of pairs) {
        const text = char + second
        const expected = CLOSING_PARAGRAPH_STARTS.has((text.charAt(0) + text.charAt(1)).toLowerCase())
        if (startsLikeClosing(text, 0, 1) !== expected) expect.fail(`U+${code.toString(16)} ${JSON.stringify(second)}`)
      }
    }
  })
})
