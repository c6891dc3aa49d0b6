/**
 * The task extractor rules out most headings before folding them (`isTaskHeading`,
 * `isImplementationHeading` try the heading patterns in any letter case on the heading as written), and
 * cleans text known to hold no footnote marker start without looking for markers. These properties keep
 * both equal to the plain readings.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {cleanParagraph, cleansByTrimming} from '../src/stages/clean-text.js'
import {isImplementationHeading, isTaskHeading} from '../src/stages/extract-tasks.js'
import type {SectionNode} from '../src/stages/split-sections.js'
import {MARKER_START} from '../src/vocabulary/footnote-layout.js'
import {IMPLEMENTATION_HEADING, NOT_TASK_HEADING, TASK_HEADING} from '../src/vocabulary/headings.js'
import {foldForMatch} from '../src/vocabulary/orthography.js'
import {CHARACTERS} from './helpers/strings.js'

function nodeOf(heading: string): SectionNode {
  return {
    section: {id: 's1', heading, kind: 'item', level: 1, label: null, line: 1, endLine: 1, parentId: null},
    marker: null,
    blockIndex: 0,
    endIndex: 1,
    rank: 1,
    body: heading,
    children: [],
    parent: null
  } as unknown as SectionNode
}

/** The words of the heading patterns, with each letter in either case, in NFC or NFD. */
const KEYWORDS = ['một số', 'các', 'những', 'mục tiêu', 'mục tiêu,', 'và', 'nhiệm vụ', 'giải pháp', 'tổ chức thực hiện', 'kết quả thực hiện', 'đánh giá', 'tình hình thực hiện']
const spelled = fc
  .tuple(fc.constantFrom(...KEYWORDS), fc.array(fc.boolean(), {minLength: 20, maxLength: 20}), fc.constantFrom('NFC', 'NFD'))
  .map(([word, upper, form]) => [...word].map((char, index) => (upper[index] ? char.toUpperCase() : char)).join('').normalize(form))
/** Pieces folding respells or that case-fold oddly: the old tone placement, dotted I, long s, Kelvin. */
const ODD = ['hoá', 'Hoà', 'uỷ', 'Uỷ', 'vuỵ', 'vụy', 'oà', 'İ', 'ı', 'ſ', '\u212a', 'ß', 'Σ', 'ς', '\u0301', '\u0323']
const heading = fc
  .array(fc.oneof(spelled, fc.constantFrom(...CHARACTERS, ...ODD, ' ', ' ', '  ', ', ')), {maxLength: 8})
  .map((pieces) => pieces.join(''))

describe('isTaskHeading and isImplementationHeading', () => {
  it('should give the verdict of the heading patterns on the folded heading', () => {
    fc.assert(
      fc.property(heading, (text) => {
        const folded = foldForMatch(text)
        expect(isTaskHeading(nodeOf(text))).toBe(TASK_HEADING.test(folded) && !NOT_TASK_HEADING.test(folded))
        expect(isImplementationHeading(nodeOf(text))).toBe(IMPLEMENTATION_HEADING.test(folded))
      }),
      {numRuns: 10000}
    )
  })

  it('should know the headings of the seeds in any case', () => {
    for (const text of ['Nhiệm vụ và giải pháp chủ yếu', 'NHIỆM VỤ, GIẢI PHÁP', 'Các nhiệm vụ trọng tâm', 'MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NĂM 2024', 'Giải pháp thực hiện']) {
      expect(isTaskHeading(nodeOf(text)), text).toBe(true)
    }
    for (const text of ['Tình hình thực hiện nhiệm vụ', 'Nhiệm vụ đánh giá', 'Tập trung thực hiện các nhiệm vụ lớn', 'Nhiệm vụụ']) {
      expect(isTaskHeading(nodeOf(text)), text).toBe(false)
    }
    expect(isImplementationHeading(nodeOf('TỔ CHỨC THỰC HIỆN'))).toBe(true)
    expect(isImplementationHeading(nodeOf('Các giải pháp tổ chức thực hiện'))).toBe(false)
  })
})

describe('cleaning text known to hold no marker start', () => {
  const text = fc
    .array(fc.constantFrom(...CHARACTERS, '¹', '²', '⁽4⁾', '[1]', '[', 'm²', '  ', '*', '_', 'x_y', 'đạt 10%'), {maxLength: 20})
    .map((pieces) => pieces.join(''))

  it('should clean as looking for markers does', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (value, brackets) => {
        if (MARKER_START.test(value)) return
        const bracketLabels = brackets ? new Set(['1', '2']) : undefined
        expect(cleanParagraph(value, bracketLabels, true)).toEqual(cleanParagraph(value, bracketLabels))
        expect(cleansByTrimming(value, true)).toBe(cleansByTrimming(value))
      }),
      {numRuns: 5000}
    )
  })
})
