/**
 * `collapseAsciiWhiteSpace` skips the search for white space beyond ASCII; `knownAsciiSpaced` tells
 * which lines of `normaliseLines` it may be used on. These properties check both.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {knownAsciiSpaced, normaliseLines} from '../src/stages/normalise.js'
import {collapseAsciiWhiteSpace, collapseWhiteSpace} from '../src/stages/white-space.js'
import {anyText} from './helpers/strings.js'

const WIDE_SPACE = /[^\S\t\n\v\f\r ]/

describe('ASCII white space', () => {
  it('collapseAsciiWhiteSpace is collapseWhiteSpace on texts without wide spaces', () => {
    fc.assert(
      fc.property(anyText(), (value) => {
        const text = value.replace(new RegExp(WIDE_SPACE.source, 'g'), '')
        expect(collapseAsciiWhiteSpace(text)).toBe(collapseWhiteSpace(text))
        expect(collapseAsciiWhiteSpace(text)).toBe(text.replace(/\s+/g, ' ').trim())
      }),
      {numRuns: 3000}
    )
  })

  it('knownAsciiSpaced vouches only for lines without wide spaces', () => {
    const pieces = fc.constantFrom(
      'a', 'Hội', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u202f', '\ufeff', '\u3000', '\u1680', '\u205f',
      '&#160;', '&#8232;', '&#x3000;', '&nbsp;', '&amp;', '\\-', '⁴', '[1]', 'e\u0301', '–', '\v', '\f'
    )
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 40}), (parts) => {
        const lines = normaliseLines(parts.join(''))
        const vouched = knownAsciiSpaced(lines)
        lines.forEach((line, index) => {
          if (vouched(line, index)) expect(line.text).not.toMatch(WIDE_SPACE)
        })
      }),
      {numRuns: 3000}
    )
    // Not for arrays it did not make, nor for lines replaced since.
    const lines = normaliseLines('a\nb')
    expect(knownAsciiSpaced(lines)(lines[0]!, 0)).toBe(true)
    expect(knownAsciiSpaced([...lines])(lines[0]!, 0)).toBe(false)
    lines[1] = {line: 2, text: '\u00a0'}
    expect(knownAsciiSpaced(lines)(lines[1], 1)).toBe(false)
  })
})
