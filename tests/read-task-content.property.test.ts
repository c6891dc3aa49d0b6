/**
 * The task content reader scans clauses and reads verbs by hand (no `u`-flag regex per clause, no fold
 * of each clause's opening) and skips cleaning where it provably changes nothing. These properties keep
 * it equal to the regex-based reading it replaced, kept here as the reference.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {TaskAction, TaskCommitment} from '../src/schema.js'
import {cleanParagraph, cleansByTrimming} from '../src/stages/clean-text.js'
import {locate, type Paragraph} from '../src/stages/parse-blocks.js'
import {parseTargets} from '../src/stages/parse-targets.js'
import {clauseEnd, type ReadingSlot, readTaskContent, readVerb} from '../src/stages/read-task-content.js'
import {stripFootnoteMarkers} from '../src/stages/resolve-footnotes.js'
import {stripEmphasis} from '../src/stages/split-sections.js'
import {ITEM_END, trimEnd} from '../src/stages/trim.js'
import {ACTION_VERBS, AUXILIARY_VERBS, COMMITMENT_CUES, COMMITMENT_CUES_ANY_CASE} from '../src/vocabulary/actions.js'
import {foldForMatch} from '../src/vocabulary/orthography.js'
import {CHARACTERS} from './helpers/strings.js'

// ---------- the reference: the regex-based reading ----------

const CLAUSE_END = /;|[.!?](?=\s+\p{Lu}|\s*$)/gu
const FIRST_WORD = /^[\p{L}\p{M}]+/u
const VERBS_BY_FIRST_WORD = new Map<string, string[]>()
for (const verb of [...ACTION_VERBS].sort((a, b) => b.length - a.length)) {
  const first = verb.split(' ')[0] ?? verb
  VERBS_BY_FIRST_WORD.set(first, [...(VERBS_BY_FIRST_WORD.get(first) ?? []), verb])
}

function referenceEnds(text: string, from: number): number[] {
  const ends: number[] = []
  CLAUSE_END.lastIndex = from
  for (let match = CLAUSE_END.exec(text); match; match = CLAUSE_END.exec(text)) ends.push(match.index)
  return ends
}

function referenceVerb(clause: string): string | null {
  const folded = foldForMatch(clause.slice(0, 40))
  const first = referenceVerbAt(folded)
  if (!first) return null
  if (AUXILIARY_VERBS.has(first)) {
    const second = referenceVerbAt(folded.slice(first.length).trimStart())
    if (second) return second
  }
  return first
}

function referenceVerbAt(folded: string): string | null {
  const word = FIRST_WORD.exec(folded)?.[0]
  if (!word) return null
  for (const verb of VERBS_BY_FIRST_WORD.get(word) ?? []) {
    if (folded.startsWith(verb) && !/[\p{L}]/u.test(folded.charAt(verb.length))) return verb
  }
  return null
}

function referenceContent(paragraph: Paragraph, from: number): {actions: TaskAction[]; commitments: TaskCommitment[]} {
  const actions: TaskAction[] = []
  const commitments: TaskCommitment[] = []
  const text = paragraph.text
  let start = from
  CLAUSE_END.lastIndex = from
  for (;;) {
    const match = CLAUSE_END.exec(text)
    const index = match ? match.index : text.length
    const raw = text.slice(start, index)
    const lead = raw.length - raw.trimStart().length
    const clean = stripEmphasis(stripFootnoteMarkers(raw).text).replace(/^[-+•]\s+/, '')
    if (clean) {
      const clause = clean.slice(0, 600)
      const line = locate(paragraph, start + lead).line
      const verb = referenceVerb(clause)
      if (verb) actions.push({verb, text: trimEnd(clause, ITEM_END), line})
      if (/\d/.test(clause) && COMMITMENT_CUES.test(foldForMatch(clause))) {
        for (const target of parseTargets(clause)) commitments.push({...target, line})
      }
    }
    if (!match) break
    start = index + 1
  }
  return {actions, commitments}
}

function concat(...contents: Array<{actions: TaskAction[]; commitments: TaskCommitment[]}>) {
  return {actions: contents.flatMap((content) => content.actions), commitments: contents.flatMap((content) => content.commitments)}
}

// ---------- generators ----------

/** Verbs as texts write them: capitalised, in capitals, with the old tone placement, decomposed. */
const verbSpellings = ACTION_VERBS.flatMap((verb) => [
  verb,
  verb.charAt(0).toUpperCase() + verb.slice(1),
  verb.toUpperCase(),
  verb.normalize('NFD')
])
const PIECES = [
  ...verbSpellings,
  ...[...AUXILIARY_VERBS].map((verb) => verb.charAt(0).toUpperCase() + verb.slice(1)),
  'Hoà', 'hoà', 'hòa', 'thuỷ', 'Thuỷ', 'khoẻ', 'Uỷ', 'uỷ ban', 'quý', 'toàn', 'xã', 'năm 2025', 'đạt 65 mô hình',
  'phấn đấu', 'trở lên', 'tăng 5%', 'giảm còn 2,5%', '388,295 tỷ đồng', 'từ 10 đến 12 xã', 'Nghị quyết số 98/2020/NQ-HĐND',
  'İ', 'Σ', 'ΑΣ', '𝐀', '𝐚', '\u0301', '\u0323', 'a\u0301', 'x', 'X', 'Đ', 'đ', 'Ư', '1', '2.1.', 'a)', '(3)',
  ';', '.', '!', '?', ',', ':', '-', '+', '•', '*', '**', '_', '__', '¹', '²', 'm²', '⁽¹⁾', '[1]', '"', '(', ')',
  ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '\ud835', '\udc00'
]
const SEPARATORS = ['', ' ', ' ', ' ', '  ', '\u00a0', '\t', '. ', '; ', ', ']

const pieceText = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), {maxLength: 24})
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join(''))

const anyText = fc.oneof(pieceText, fc.string({maxLength: 60}), fc.string({unit: 'binary', maxLength: 60}))

function paragraphOf(text: string, breaks: readonly number[]): Paragraph {
  const offsets = [...new Set([0, ...breaks.map((share) => Math.floor(share * text.length))])].sort((a, b) => a - b)
  const segments = offsets.map((offset, index) => ({line: index + 1, offset, column: 1}))
  return {type: 'paragraph', text, segments, position: {start: {line: 1, column: 1}, end: {line: segments.length, column: 1}}}
}

// ---------- properties ----------

describe('clauseEnd', () => {
  it('should find the clause ends of the regex /;|[.!?](?=\\s+\\p{Lu}|\\s*$)/gu', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), (text, shift) => {
        const from = text.length === 0 ? 0 : shift % (text.length + 1)
        const ends: number[] = []
        for (let end = clauseEnd(text, from); end >= 0; end = clauseEnd(text, end + 1)) ends.push(end)
        expect(ends).toEqual(referenceEnds(text, from))
      }),
      {numRuns: 3000}
    )
  })

  it('should end a sentence only before a capital or the end', () => {
    expect(clauseEnd('Làm tốt. Tăng cường', 0)).toBe(7)
    expect(clauseEnd('đạt 2.5 tỷ. tăng', 0)).toBe(-1)
    expect(clauseEnd('Xong.  ', 0)).toBe(4)
    expect(clauseEnd('Xong.\u00a0Đẩy mạnh', 0)).toBe(4)
    expect(clauseEnd('a; b', 2)).toBe(-1)
  })
})

describe('COMMITMENT_CUES_ANY_CASE', () => {
  const cues = COMMITMENT_CUES.source.replace(/^\(\?:|\)$/g, '').split('|')
  /** A cue with each letter in either case, in NFC or NFD, old or new tone placement: all the spellings folding meets. */
  const spelledCue = fc
    .tuple(fc.constantFrom(...cues), fc.array(fc.boolean(), {minLength: 20, maxLength: 20}), fc.constantFrom('NFC', 'NFD'))
    .map(([cue, upper, form]) => [...cue].map((char, index) => (upper[index] ? char.toUpperCase() : char)).join('').normalize(form))
  // Followed by a word break: folding would respell "bảo" before a toned vowel ("bảoả" -> "bảỏa"), which
  // no Vietnamese word writes, and where the verdict as written is the right one.
  const cueAndBreak = fc.tuple(spelledCue, fc.constantFrom(' ', ',', ';', '.', ':', '\n')).map(([cue, after]) => cue + after)
  const clause = fc
    .array(fc.oneof(fc.constantFrom(...CHARACTERS, 'ſ', 'ı', 'hoá', 'Uỷ', 'ÐẠT', 'İT NHẤT'), cueAndBreak), {maxLength: 12})
    .map((pieces) => pieces.join(''))

  it('should give the verdict of COMMITMENT_CUES on the folded text', () => {
    fc.assert(
      fc.property(clause, (text) => {
        expect(COMMITMENT_CUES_ANY_CASE.test(text)).toBe(COMMITMENT_CUES.test(foldForMatch(text)))
      }),
      {numRuns: 5000}
    )
  })
})

describe('readVerb', () => {
  it('should read the verb the regex-based reading of the folded opening reads', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(readVerb(text)).toBe(referenceVerb(text))
      }),
      {numRuns: 5000}
    )
  })

  it('should agree at the edges: marks after a verb, the 40th character, runs of white space', () => {
    const cases = [
      'Bảo đảm\u0301 an sinh', 'bảo đảmx', 'Tiếp tục  đẩy mạnh', 'Tiếp tục\u00a0đẩy mạnh', 'Tiếp tục\tđẩy mạnh',
      'Tiếp tục\u0301 đẩy mạnh', 'TIẾP TỤC ĐẨY MẠNH', 'Khẩn trương hoàn thành', 'Chủ động phối hợp',
      `${' '.repeat(30)}Tiếp tục đẩy mạnh`, `Tiếp tục${' '.repeat(28)}đẩy mạnh`, `Tiếp tục${' '.repeat(26)}đẩy mạnh`,
      'Thực hiện', 'thực hiện', 'thực hiện.', 'thực hiệnİ', 'Σ thực hiện', 'Hoà giải', 'xử lý', 'Xử lý', 'xử lí',
      'Ưu tiên', 'ưu tiên', 'ỨNG DỤNG', '𝐀 thực hiện', 'thực 𝐀', 'Tập trung', 'Tập trung tập trung'
    ]
    for (const text of cases) expect(readVerb(text), text).toBe(referenceVerb(text))
  })

  it('should rely on folding keeping letters letters and white space white space, code point by code point', () => {
    const letterOrMark = /^[\p{L}\p{M}]+$/u
    const space = /^\s+$/
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const character = String.fromCodePoint(code)
      const folded = foldForMatch(character)
      if (letterOrMark.test(character) !== letterOrMark.test(folded)) throw new Error(`U+${code.toString(16)} folds to "${folded}"`)
      if (space.test(character) ? folded !== character : /\s/.test(folded)) throw new Error(`U+${code.toString(16)} folds to "${folded}"`)
    }
  })
})

describe('readTaskContent', () => {
  it('should read the actions and commitments the regex-based reading reads, with or without the clean text', () => {
    fc.assert(
      fc.property(anyText, fc.array(fc.double({min: 0, max: 1, noNaN: true}), {maxLength: 3}), fc.nat(8), fc.boolean(), (text, breaks, shift, withClean) => {
        const from = Math.min(shift, text.length)
        const paragraph = paragraphOf(text, breaks)
        const clean = withClean ? cleanParagraph(text.slice(from)).text : undefined
        const expected = referenceContent(paragraph, from)
        expect(readTaskContent([{paragraph, from, clean}])).toEqual(expected)
        // read again whole, as an enclosing task reads it: shares the cached clauses
        expect(readTaskContent([{paragraph, from: 0}])).toEqual(referenceContent(paragraph, 0))
      }),
      {numRuns: 1500}
    )
  })

  it('should read the same when told the text cleans by trimming, with the reading kept in a slot', () => {
    fc.assert(
      fc.property(anyText, fc.array(fc.double({min: 0, max: 1, noNaN: true}), {maxLength: 3}), fc.nat(8), (text, breaks, shift) => {
        const from = Math.min(shift, text.length)
        const paragraph = paragraphOf(text, breaks)
        const plain = cleansByTrimming(text) || undefined
        const slot: ReadingSlot = {}
        expect(readTaskContent([{paragraph, from, plain, slot}])).toEqual(referenceContent(paragraph, from))
        expect(readTaskContent([{paragraph, from: 0, plain, slot}, {paragraph, from, plain, slot}])).toEqual(
          concat(referenceContent(paragraph, 0), referenceContent(paragraph, from))
        )
        // clauses not kept (`oneStart`): read again from another start all the same
        const once: ReadingSlot = {}
        expect(readTaskContent([{paragraph, from: 0, plain, slot: once, oneStart: true}])).toEqual(referenceContent(paragraph, 0))
        expect(readTaskContent([{paragraph, from, plain, slot: once, oneStart: true}, {paragraph, from: 0, plain, slot: once}])).toEqual(
          concat(referenceContent(paragraph, from), referenceContent(paragraph, 0))
        )
      }),
      {numRuns: 1500}
    )
  })

  it('should only trim the clauses of text that cleaning leaves as it is', () => {
    // exponents, powers of ten and markers next to clause ends, which the marker rules judge by what is around them
    const nearEnds = fc
      .array(fc.constantFrom('m²', 'km²', 'm³', 'x10⁶', '×10³', '10⁶', '²', '³', '¹', '⁽¹⁾', '⁰', 'm', '10', '×', '_', 'a_b', ';', '.', '. ', '; ', ' ', 'A', 'đ'), {maxLength: 12})
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(fc.oneof(anyText, nearEnds), fc.boolean(), (text, brackets) => {
        if (cleanParagraph(text, brackets ? new Set(['1']) : undefined).text !== text) return
        for (let start = 0, end = clauseEnd(text, 0); ; start = end + 1, end = clauseEnd(text, start)) {
          const raw = text.slice(start, end < 0 ? text.length : end)
          expect(stripEmphasis(stripFootnoteMarkers(raw).text)).toBe(raw.trim())
          if (end < 0) break
        }
      }),
      {numRuns: 5000}
    )
  })
})
