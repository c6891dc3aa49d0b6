/**
 * The metadata extractor skips work with cheap tests before its regexes. These properties check that
 * each cheap test never rejects a text the regex would have accepted, or gives the same answer.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ADOPTION, keptLength, MAY_SPLIT_AFTER_DATE, MAY_STATE_ADOPTION, mayHoldMotto, mayStateAdoption, mentionsMotto, SPLIT_AFTER_DATE, splitInstruments, withoutMotto} from '../src/stages/extract-metadata.js'
import {stripEmphasis} from '../src/stages/split-sections.js'
import {INSTRUMENT_TYPES, NATIONAL_MOTTO} from '../src/vocabulary/administration.js'
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

/** Text around the motto, written in the ways a header may write it. */
const motto = fc
  .tuple(
    text(8),
    fc.constantFrom(
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'C*ỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'cộng  hòa xã hội chủ nghĩa việt nam', 'Cộng\u00a0hòa xã hội chủ nghĩa Việt Nam',
      'Độc lập - Tự do - Hạnh phúc', 'độc\u00a0lập – tự do – hạnh phúc', 'ĐỘC  LẬP-TỰ DO-HẠNH PHÚC', 'Đ_ộc lập - Tự do - Hạnh phúc', 'cộng đồng', 'độc hại'
    ),
    text(8),
    fc.constantFrom('', 'Độc lập - Tự do - Hạnh phúc', ' ỦY BAN NHÂN DÂN')
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

  it('a clause the split pattern splits passes the cheap test before it', () => {
    fc.assert(
      fc.property(fc.oneof(preamble, anyText()), (value) => {
        SPLIT_AFTER_DATE.lastIndex = 0
        if (SPLIT_AFTER_DATE.test(value)) expect(MAY_SPLIT_AFTER_DATE.test(value)).toBe(true)
      }),
      RUNS
    )
    SPLIT_AFTER_DATE.lastIndex = 0
  })

  it('mentionsMotto is the motto regex', () => {
    fc.assert(
      fc.property(anyText(), (value) => {
        expect(mentionsMotto(value)).toBe(/c[ộỘ]ng h|đ[ộỘ]c l|CỘNG|ĐỘC/iu.test(value))
      }),
      RUNS
    )
  })

  it('mentionsMotto and mayHoldMotto read the text as their regexes do', () => {
    fc.assert(
      fc.property(fc.oneof(motto, anyText()), (value) => {
        expect(mentionsMotto(value)).toBe(/c[ộỘ]ng|đ[ộỘ]c/iu.test(value))
        expect(mayHoldMotto(value)).toBe(/c[ộỘ]ng|đ[ộỘ]c/iu.test(value) && /c[ộỘ]ng\s+h|đ[ộỘ]c\s+l/iu.test(value))
      }),
      RUNS
    )
  })

  it('withoutMotto is unchanged', () => {
    const oldWithoutMotto = (value: string): string => {
      if (!/c[ộỘ]ng h|đ[ộỘ]c l|CỘNG|ĐỘC/iu.test(value)) return value
      let result = value
      for (const pattern of NATIONAL_MOTTO) {
        const folded = foldForMatch(result)
        let cut = ''
        let last = 0
        for (const match of folded.matchAll(pattern)) {
          cut += result.slice(last, match.index)
          last = match.index + match[0].length
        }
        result = (cut + result.slice(last)).replace(/\s+/g, ' ').trim()
      }
      return result
    }
    fc.assert(
      fc.property(fc.oneof(motto, anyText()), (value) => {
        expect(withoutMotto(value)).toBe(oldWithoutMotto(value))
      }),
      RUNS
    )
  })

  it('keptLength never exceeds what emphasis and motto removal keep', () => {
    fc.assert(
      fc.property(fc.oneof(motto, anyText()), fc.integer({min: 1, max: 150}), (value, limit) => {
        const kept = withoutMotto(stripEmphasis(value)).length
        const known = keptLength(value, limit)
        expect(known).toBeLessThanOrEqual(Math.min(kept, limit))
      }),
      RUNS
    )
  })

  it('MAY_STATE_ADOPTION holds for every text whose folded form states the adoption', () => {
    const adoption = fc
      .tuple(text(10), fc.constantFrom('thông qua', 'THÔNG QUA', 'Thông **qua**', 'thông q_u_a', 'thông *Q*ua', 'th*ông  qua', 'THÔNG\tQUA', 'thông* *qua', 'thông_ qua', 'T_h_ông __qua'), fc.constantFrom(' ngày 7 tháng 12 năm 2023', '  ngày  20 tháng 1 năm 2024'), text(10))
      .map((pieces) => pieces.join(''))
    fc.assert(
      fc.property(fc.oneof(adoption, anyText()), (value) => {
        if (ADOPTION.test(foldForMatch(stripEmphasis(value)))) expect(mayStateAdoption(value)).toBe(true)
        expect(mayStateAdoption(value)).toBe(MAY_STATE_ADOPTION.test(value))
      }),
      RUNS
    )
  })
})

/** The split of a clause as made before `splitInstruments` tried the pattern only at candidates. */
function splitByPattern(clause: string): string[] {
  if (!MAY_SPLIT_AFTER_DATE.test(clause)) return [clause]
  const pieces: string[] = []
  let start = 0
  for (const match of clause.matchAll(SPLIT_AFTER_DATE)) {
    const next = match.index + match[0].length
    const first = clause.charAt(next)
    if (first === first.toLowerCase()) continue
    pieces.push(clause.slice(start, match.index))
    start = next
  }
  pieces.push(clause.slice(start))
  return pieces
}

describe('splitInstruments', () => {
  it('splits as the split pattern run over the whole clause', () => {
    fc.assert(
      fc.property(fc.oneof(preamble, preamble.map((value) => value.toUpperCase()), anyText()), (value) => {
        expect(splitInstruments(value)).toEqual(splitByPattern(value))
      }),
      {numRuns: 20000}
    )
  })

  it('splits the preambles of the seeds as before', () => {
    const clauses = [
      'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015',
      'Nghị định số 31/2017/NĐ-CP ngày 22 tháng 3 năm 2017, Thông tư số 342/2016/TT-BTC và Nghị quyết 2023/QH15 Luật X',
      'dự toán năm 2026, kế hoạch tài chính 03 năm 2026 - 2028 và Kế hoạch số 12/KH-UBND',
      'NĂM 2015; LUẬT A năm 2015 và luật B 2015/ab  Luật C'
    ]
    for (const clause of clauses) expect(splitInstruments(clause)).toEqual(splitByPattern(clause))
    expect(splitInstruments(clauses[0] as string)).toHaveLength(2)
  })
})
