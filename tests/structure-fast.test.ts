/**
 * Fast paths of the structure stages (footnotes, page furniture, blocks, sections, white space): each is
 * checked against the regex or split it replaces, on arbitrary strings.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {hasMoreWords, mayHoldMarker, startsWithNumbering, stripFootnoteMarkers} from '../src/stages/resolve-footnotes.js'
import {MARKER_START, SUPERSCRIPT_DIGITS, SUPERSCRIPT_OPEN} from '../src/vocabulary/footnote-layout.js'
import {isBlank, trimmedLength} from '../src/stages/white-space.js'
import {anyText, text} from './helpers/strings.js'

const RUNS = {numRuns: 3000}

const NUMBERED = /^\d{1,2}(?:\.\d{1,2}){0,3}[.)](?:\s|$)|^\d{1,2}(?:\.\d{1,2}){1,3}\s|^\d{1,2}\s?[-–/]\s+[*_]*\p{Lu}/u
const PARENTHESISED = /^\((?:\d{1,3}|[a-zđ]|[IVXLC]{1,6})\)/u
const LETTERED = /^[a-zđA-ZĐ][.)](?:\s|$)/u
const ROMAN = /^[IVXLC]{1,6}\s*[.)\-–/]/

/** Heads of lines: numbering in its forms, then anything. */
const head = fc
  .tuple(
    fc.constantFrom('', '1', '12', '1.2', '1.2.3', '(', '(1', '(a', '(IV', 'a', 'đ', 'Đ', 'A', 'I', 'IV', 'XLC', 'M', '9', '0'),
    fc.constantFrom('', '.', ')', ' ', '.1', '. ', ') ', ' -', '–', '\t', '.\u00a0'),
    anyText()
  )
  .map((parts) => parts.join(''))

describe('structure fast paths equal what they replace', () => {
  it('hasMoreWords is split(/\\s+/).length > limit', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(), text(120)), fc.integer({min: 0, max: 40}), (value, limit) => {
        expect(hasMoreWords(value, limit)).toBe(value.split(/\s+/).length > limit)
      }),
      RUNS
    )
  })

  it('startsWithNumbering is the four numbering regexes', () => {
    fc.assert(
      fc.property(fc.oneof(head, anyText()), (value) => {
        expect(startsWithNumbering(value)).toBe(NUMBERED.test(value) || PARENTHESISED.test(value) || LETTERED.test(value) || ROMAN.test(value))
      }),
      RUNS
    )
  })

  it('trimmedLength and isBlank', () => {
    fc.assert(
      fc.property(anyText(), (value) => {
        expect(trimmedLength(value)).toBe(value.trim().length)
        expect(isBlank(value)).toBe(value.trim() === '')
      }),
      RUNS
    )
  })

  it('mayHoldMarker finds the characters a marker starts with, and no other', () => {
    const starts = new Set([...Object.keys(SUPERSCRIPT_DIGITS), SUPERSCRIPT_OPEN, '['])
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      expect(mayHoldMarker(`ab${char}cd`)).toBe(starts.has(char))
      if (starts.has(char)) expect(MARKER_START.test(char)).toBe(true)
    }
    const withMarkers = fc.oneof(anyText(), fc.array(fc.oneof(text(5), fc.constantFrom(...starts, '⁾', 'm', '10')), {maxLength: 12}).map((parts) => parts.join('')))
    fc.assert(
      fc.property(withMarkers, (value) => {
        expect(mayHoldMarker(value)).toBe([...value].some((char) => starts.has(char)))
        // Where none is found, the text has no marker to strip.
        if (!mayHoldMarker(value)) expect(stripFootnoteMarkers(value, {bracketLabels: new Set(['1', '2'])})).toEqual({text: value, labels: []})
      }),
      RUNS
    )
  })
})
