/**
 * The metadata extractor skips work with cheap tests before its regexes. These properties check that
 * each cheap test never rejects a text the regex would have accepted, or gives the same answer.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ADOPTION, keptLength, MAY_STATE_ADOPTION, mentionsMotto, SPLIT_AFTER_DATE, withoutMotto} from '../src/stages/extract-metadata.js'
import {stripEmphasis} from '../src/stages/split-sections.js'
import {INSTRUMENT_TYPES} from '../src/vocabulary/administration.js'
import {foldForMatch} from '../src/vocabulary/orthography.js'
import {anyText, text} from './helpers/strings.js'

const RUNS = {numRuns: 3000}

const OLD_SPLIT_AFTER_DATE = new RegExp(
  `(?<=năm \\d{4}|\\d{4}/[\\p{L}\\d-]+)\\s*(?:;|,)?\\s+(?:và\\s+)?(?=(?:${INSTRUMENT_TYPES.join('|')})\\s)`,
  'giu'
)

/** Preamble-like text: instruments, dates, numbers, separators. */
const preamble = fc
  .array(
    fc.constantFrom(
      'Luật ', 'luật ', 'Nghị định ', 'nghị quyết ', 'Thông tư ', 'Quyết định ', 'số ', '08/2023/NĐ-CP', '2023/QH15', '1234/',
      'ngày 19 tháng 6 năm 2015', 'năm 2015', 'năm 20', ' ', '  ', ';', '; ', ',', ', ', 'và ', 'của ', 'Chính phủ', '-', 'đ', '𝐀', '\u00a0'
    ),
    {maxLength: 30}
  )
  .map((pieces) => pieces.join(''))

describe('extract-metadata cheap tests', () => {
  it('the split between instruments is unchanged by its lookahead', () => {
    fc.assert(
      fc.property(fc.oneof(preamble, anyText()), (value) => {
        expect(value.split(SPLIT_AFTER_DATE)).toEqual(value.split(OLD_SPLIT_AFTER_DATE))
      }),
      RUNS
    )
  })

  it('mentionsMotto is the motto regex', () => {
    fc.assert(
      fc.property(anyText(), (value) => {
        expect(mentionsMotto(value)).toBe(/c[ộỘ]ng h|đ[ộỘ]c l|CỘNG|ĐỘC/iu.test(value))
      }),
      RUNS
    )
  })

  it('keptLength never exceeds what emphasis and motto removal keep', () => {
    fc.assert(
      fc.property(anyText(), fc.integer({min: 1, max: 150}), (value, limit) => {
        const kept = withoutMotto(stripEmphasis(value)).length
        const known = keptLength(value, limit)
        expect(known).toBeLessThanOrEqual(Math.min(kept, limit))
      }),
      RUNS
    )
  })

  it('MAY_STATE_ADOPTION holds for every text whose folded form states the adoption', () => {
    const adoption = fc
      .tuple(text(10), fc.constantFrom('thông qua', 'THÔNG QUA', 'Thông **qua**', 'thông q_u_a', 'thông *Q*ua'), fc.constantFrom(' ngày 7 tháng 12 năm 2023', '  ngày  20 tháng 1 năm 2024'), text(10))
      .map((pieces) => pieces.join(''))
    fc.assert(
      fc.property(fc.oneof(adoption, anyText()), (value) => {
        if (ADOPTION.test(foldForMatch(stripEmphasis(value)))) expect(MAY_STATE_ADOPTION.test(value)).toBe(true)
      }),
      RUNS
    )
  })
})
