/**
 * Fast paths of the footnote stage, the page-furniture finder and the annex reader, checked against
 * the plain forms they replace: letters and lower case read by code unit (every code unit), page
 * furniture with its early exit and character tables (against the former implementation, on documents
 * drawn from the pieces that make furniture), and the first-character test before the annex pattern.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {mayStartAnnex} from '../src/stages/extract-appendix.js'
import {knownTableMarkFree, normaliseLines} from '../src/stages/normalise.js'
import {findPageFurniture} from '../src/stages/page-furniture.js'
import {readMarker} from '../src/stages/read-marker.js'
import {isLetter, startsLowerCase} from '../src/stages/resolve-footnotes.js'
import {isBlank, isWhiteSpaceCode, trimmedLengths} from '../src/stages/white-space.js'
import type {SourceLine} from '../src/types.js'
import {PAGE_NUMBER, PAGE_NUMBER_FIRST, PAGE_NUMBER_LAST, RULE_LINE, RULE_LINE_FIRST, RULE_LINE_LAST} from '../src/vocabulary/footnote-layout.js'

// ---------- the former page-furniture finder, as it was before its fast paths ----------

const RUNNING_LINE_MAX = 80

/** What a line may be, by its look alone: nothing, a rule line, a page number, a repeated or capital line. */
const NONE = 0
const RULE = 1
const NUMBER = 2
const REPEATED = 3
const CAPS = 4

/** The line numbers of page furniture; `skip`: lines already known not to be running text (footnote bodies). */
function referenceFurniture(lines: readonly SourceLine[], skip: ReadonlySet<number>): Set<number> {
  const furniture = new Set<number>()
  // Trimmed lengths first: the trimmed text is needed only for short lines.
  const lengths = trimmedLengths(lines)
  const keyAt = (index: number): string => {
    const text = (lines[index] as SourceLine).text // in range
    return text.length === lengths[index] ? text : text.trim()
  }
  // Lines the normaliser found no tab or "|" in need not be searched for them.
  const tableMarkFree = knownTableMarkFree(lines)
  const keys = new Map<number, string>()
  const kind = new Uint8Array(lines.length)
  // Short lines that may be a running header or footer: what they are depends on how often they occur.
  const pending: number[] = []
  let ruleOrNumber = false
  for (let index = 0; index < lines.length; index++) {
    const length = lengths[index] as number // in range
    // A blank line is none of them (nor a rule or a page number, which hold a character).
    if (length === 0) continue
    const {text, line} = lines[index] as SourceLine // in range
    if (skip.has(line)) continue
    // Most lines start or end with a character neither a rule line nor a page number starts or ends with
    // (a bullet or a numbered item starts as they do, but ends otherwise).
    const first = text.charAt(firstNonSpace(text))
    const last = text.charAt(lastNonSpace(text))
    if (RULE_LINE_FIRST.includes(first) && RULE_LINE_LAST.includes(last) && RULE_LINE.test(text)) {
      kind[index] = RULE
      ruleOrNumber = true
    } else if (PAGE_NUMBER_FIRST.includes(first) && PAGE_NUMBER_LAST.includes(last) && PAGE_NUMBER.test(text)) {
      kind[index] = NUMBER
      ruleOrNumber = true
    } else {
      // A running header or footer is short, whether repeated or printed once (most lines are not).
      if (length > RUNNING_LINE_MAX) continue
      if (!tableMarkFree(lines[index] as SourceLine, index) && (text.includes('\t') || text.includes('|'))) continue
      const key = keyAt(index)
      if (!/\p{L}/u.test(key)) continue
      keys.set(index, key)
      pending.push(index)
    }
  }
  const counts = countKeys(lengths, keyAt, [...keys.values()])
  // Without a rule line or a page number, only a line repeated three times can be furniture (and then
  // the lines beside it): most documents, exported from Word, have none, and need no further look.
  if (!ruleOrNumber && !someCountFrom(counts, 3)) return furniture
  for (const index of pending) {
    const key = keys.get(index) as string // set above
    const repeated = (counts.get(key) ?? 0) >= 2
    // A running header printed once (a two-page document): short, in capitals; only beside a page number.
    if (!repeated && /\p{Ll}/u.test(key)) continue
    if (readMarker(key)) continue
    kind[index] = repeated ? REPEATED : CAPS
  }
  // The lines that may be furniture, in order: the passes below look at no other.
  const marked: number[] = []
  for (let index = 0; index < kind.length; index++) if (kind[index] !== NONE) marked.push(index)
  if (marked.length === 0) return furniture
  const isGap = (index: number) => {
    const line = lines[index]
    return line === undefined || lengths[index] === 0 || skip.has(line.line) || furniture.has(line.line)
  }
  const besideFurniture = (index: number) => {
    const other = kind[index]
    return other === NUMBER || other === RULE || furniture.has(lines[index]?.line ?? 0)
  }
  // Two passes: a page number next to a running header counts once the header does, and the reverse.
  for (let pass = 0; pass < 2; pass++) {
    for (const index of marked) {
      const what = kind[index]
      const line = lines[index] as SourceLine // in range
      if (furniture.has(line.line)) continue
      if (what === CAPS) {
        // Only right under a page number that is itself furniture.
        if (furniture.has(lines[index - 1]?.line ?? 0) && kind[index - 1] === NUMBER) furniture.add(line.line)
        continue
      }
      const apart = isGap(index - 1) && isGap(index + 1)
      // A page number right after the footnote bodies of its page: the page break is proven.
      const afterBodies = what === NUMBER && followsBodies(lines, index, skip)
      // A repeated line apart from the text needs more than two copies; beside a page number, two do.
      const enough = what !== REPEATED || (counts.get(keys.get(index) as string) ?? 0) >= 3
      if (what === RULE || afterBodies || (apart && enough) || besideFurniture(index - 1) || besideFurniture(index + 1)) furniture.add(line.line)
    }
  }
  return furniture
}

/** Does any key occur at least `least` times? */
function someCountFrom(counts: ReadonlyMap<string, number>, least: number): boolean {
  for (const count of counts.values()) if (count >= least) return true
  return false
}

/** Where the last character that is not white space stands in `text` (-1 if none). */
function lastNonSpace(text: string): number {
  let index = text.length - 1
  while (index >= 0 && isWhiteSpaceCode(text.charCodeAt(index))) index--
  return index
}

/** Where the first character that is not white space stands in `text` (`text.length` if none). */
function firstNonSpace(text: string): number {
  let index = 0
  while (index < text.length && isWhiteSpaceCode(text.charCodeAt(index))) index++
  return index
}

/**
 * How many lines read as each of `wanted` (trimmed texts): `lengths` holds the lines' trimmed lengths,
 * `keyAt` gives a line's trimmed text. Only lines as long as a wanted key are read: most are longer.
 */
function countKeys(lengths: readonly number[], keyAt: (index: number) => string, wanted: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  if (wanted.length === 0) return counts
  const wantedLength = new Uint8Array(RUNNING_LINE_MAX + 1)
  for (const key of wanted) {
    counts.set(key, 0)
    wantedLength[key.length] = 1
  }
  for (let index = 0; index < lengths.length; index++) {
    if (wantedLength[lengths[index] as number] !== 1) continue
    const key = keyAt(index)
    const count = counts.get(key)
    if (count !== undefined) counts.set(key, count + 1)
  }
  return counts
}

/** The nearest non-blank line above `index` is a footnote body (or other skipped line). */
function followsBodies(lines: readonly SourceLine[], index: number, skip: ReadonlySet<number>): boolean {
  for (let previous = index - 1; previous >= 0; previous--) {
    const line = lines[previous]
    if (!line) return false
    if (isBlank(line.text)) continue
    return skip.has(line.line)
  }
  return false
}

// ---------- checks ----------

const ANNEX_START = /^[\s#*_]*ph[ụỤ]/iu

describe('letters by code unit', () => {
  it('isLetter and startsLowerCase agree with the case functions on every code unit', () => {
    const wrong: number[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      const letter = char.toLowerCase() !== char.toUpperCase()
      if (isLetter(char) !== letter) wrong.push(code)
      // (a lone character is its own head unless it is white space)
      const first = char.trimStart()
      if (startsLowerCase(char) !== (first !== '' && letter && first === first.toLowerCase())) wrong.push(code)
    }
    expect(wrong).toEqual([])
    expect(isLetter('')).toBe(false)
    expect(startsLowerCase('')).toBe(false)
    expect(startsLowerCase('  **đạt')).toBe(true)
  })
})

const PIECES = [
  '3', '- 3 -', 'Trang 3', 'trang 12', '3/12', '12', '-----', '_____', '* * *', '===', '—', 'NGHỊ QUYẾT SỐ 15', 'Nghị quyết số 15/NQ-HĐND',
  'HĐND TỈNH', 'UBND', '1. Mục tiêu', 'Điều 2.', 'phát triển kinh tế', 'a\tb', '| a | b |', '', ' ', '\t', '\u00a0', 'x', 'ABCD', 'ab'
]
const text = fc.array(fc.constantFrom(...PIECES), {maxLength: 3}).chain((parts) => fc.constantFrom(' ', '', '  ').map((glue) => parts.join(glue)))
const documents = fc
  .array(text, {minLength: 1, maxLength: 5})
  .chain((pool) => fc.array(fc.oneof(fc.constantFrom(...pool), fc.constant(''), text), {maxLength: 40}))

describe('page furniture fast paths', () => {
  it('finds what the former finder found, with and without the normaliser\'s facts and given lengths', () => {
    let found = 0
    fc.assert(
      fc.property(documents, fc.array(fc.nat(40), {maxLength: 4}), (texts, skipped) => {
        const skip = new Set(skipped)
        const plain: SourceLine[] = texts.map((value, index) => ({line: index + 1, text: value}))
        const expected = [...referenceFurniture(plain, skip)].sort((a, b) => a - b)
        expect([...findPageFurniture(plain, skip)].sort((a, b) => a - b)).toEqual(expected)
        if (expected.length > 0) found++
        expect([...findPageFurniture(plain, skip, trimmedLengths(plain))].sort((a, b) => a - b)).toEqual(expected)
        const normalised = normaliseLines(texts.join('\n'))
        const reference = [...referenceFurniture(normalised, skip)].sort((a, b) => a - b)
        expect([...findPageFurniture(normalised, skip)].sort((a, b) => a - b)).toEqual(reference)
      }),
      {numRuns: 400}
    )
    // (the documents drawn hold furniture often enough for the comparison to mean something)
    expect(found).toBeGreaterThan(40)
  })
})

describe('annex heading pre-check', () => {
  it('no text the pre-check rejects matches the annex pattern', () => {
    const wrong: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      for (const rest of ['hụ lục', 'HỤ LỤC', 'phụ lục', ' Phụ biểu']) if (!mayStartAnnex(char + rest) && ANNEX_START.test(char + rest)) wrong.push(char + rest)
    }
    expect(wrong).toEqual([])
    fc.assert(fc.property(fc.string({unit: 'binary'}), (value) => mayStartAnnex(value) || !ANNEX_START.test(value)))
  })
})
