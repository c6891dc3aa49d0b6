/**
 * The block parser reads line ends by hand instead of with end-anchored regexes (which are tried at
 * every position of a long line). These properties check the hand-written tests against the regexes.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {endsWithTerminal, lastWordOf} from '../src/stages/parse-blocks.js'
import {isBlank} from '../src/stages/white-space.js'
import {isWhiteSpaceCode} from '../src/stages/white-space.js'
import {anyText} from './helpers/strings.js'

const RUNS = {numRuns: 3000}

describe('parse-blocks helpers equal their regex versions', () => {
  it('endsWithTerminal', () => {
    fc.assert(
      fc.property(anyText(), (value) => {
        expect(endsWithTerminal(value)).toBe(/[.!?;:…][\s"'”’*)\]]*$/u.test(value))
      }),
      RUNS
    )
  })

  it('lastWordOf', () => {
    fc.assert(
      fc.property(anyText(), (value) => {
        expect(lastWordOf(value)).toBe(/(\p{L}+)[\s*_]*$/u.exec(value)?.[1])
      }),
      RUNS
    )
  })

  it('isWhiteSpaceCode is \\s', () => {
    for (let code = 0; code <= 0xffff; code++) expect(isWhiteSpaceCode(code)).toBe(/\s/.test(String.fromCharCode(code)))
  })

  it('isBlank', () => {
    fc.assert(
      fc.property(anyText(), (value) => {
        expect(isBlank(value)).toBe(value.trim().length === 0)
      }),
      RUNS
    )
  })
})
