/**
 * Page furniture is found with a first-character test before the rule-line and page-number patterns,
 * and with passes over the candidate lines only. These tests check the first characters against the
 * patterns for every code unit, and the whole reading against the version it replaces.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findPageFurniture} from '../src/stages/page-furniture.js'
import {readMarker} from '../src/stages/read-marker.js'
import {isBlank, trimmedLength} from '../src/stages/white-space.js'
import type {SourceLine} from '../src/types.js'
import {PAGE_NUMBER, PAGE_NUMBER_FIRST, RULE_LINE, RULE_LINE_FIRST} from '../src/vocabulary/footnote-layout.js'

const RUNNING_LINE_MAX = 80
type Kind = 'rule' | 'number' | 'repeated' | 'caps'

// The version replaced, as it was.
function oldFindPageFurniture(lines: readonly SourceLine[], skip: ReadonlySet<number>): Set<number> {
  const furniture = new Set<number>()
  // Trimmed lengths first: the trimmed text is needed only for short lines.
  const lengths = lines.map(({text}) => trimmedLength(text))
  const keyAt = (index: number): string => {
    const text = (lines[index] as SourceLine).text // in range
    return text.length === lengths[index] ? text : text.trim()
  }
  const keys = new Map<number, string>()
  const kind: Array<Kind | null> = new Array<Kind | null>(lines.length).fill(null)
  // Short lines that may be a running header or footer: what they are depends on how often they occur.
  const pending: number[] = []
  for (let index = 0; index < lines.length; index++) {
    const {text, line} = lines[index] as SourceLine // in range
    if (skip.has(line)) continue
    if (RULE_LINE.test(text)) kind[index] = 'rule'
    else if (PAGE_NUMBER.test(text)) kind[index] = 'number'
    else {
      // A running header or footer is short, whether repeated or printed once (most lines are not).
      const length = lengths[index] as number // in range
      if (length === 0 || length > RUNNING_LINE_MAX) continue
      if (text.includes('\t') || text.includes('|')) continue
      const key = keyAt(index)
      if (!/\p{L}/u.test(key)) continue
      keys.set(index, key)
      pending.push(index)
    }
  }
  const counts = countKeys(lengths, keyAt, [...keys.values()])
  for (const index of pending) {
    const key = keys.get(index) as string // set above
    const repeated = (counts.get(key) ?? 0) >= 2
    // A running header printed once (a two-page document): short, in capitals; only beside a page number.
    if (!repeated && /\p{Ll}/u.test(key)) continue
    if (readMarker(key)) continue
    kind[index] = repeated ? 'repeated' : 'caps'
  }
  const isGap = (index: number) => {
    const line = lines[index]
    return line === undefined || lengths[index] === 0 || skip.has(line.line) || furniture.has(line.line)
  }
  const besideFurniture = (index: number) => {
    const other = kind[index]
    return other === 'number' || other === 'rule' || furniture.has(lines[index]?.line ?? 0)
  }
  // Two passes: a page number next to a running header counts once the header does, and the reverse.
  for (let pass = 0; pass < 2; pass++) {
    for (let index = 0; index < lines.length; index++) {
      const what = kind[index]
      const line = lines[index] as SourceLine // in range
      if (what === null || what === undefined || furniture.has(line.line)) continue
      if (what === 'caps') {
        // Only right under a page number that is itself furniture.
        if (furniture.has(lines[index - 1]?.line ?? 0) && kind[index - 1] === 'number') furniture.add(line.line)
        continue
      }
      const apart = isGap(index - 1) && isGap(index + 1)
      // A page number right after the footnote bodies of its page: the page break is proven.
      const afterBodies = what === 'number' && followsBodies(lines, index, skip)
      // A repeated line apart from the text needs more than two copies; beside a page number, two do.
      const enough = what !== 'repeated' || (counts.get(keys.get(index) as string) ?? 0) >= 3
      if (what === 'rule' || afterBodies || (apart && enough) || besideFurniture(index - 1) || besideFurniture(index + 1)) furniture.add(line.line)
    }
  }
  return furniture
}
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
function followsBodies(lines: readonly SourceLine[], index: number, skip: ReadonlySet<number>): boolean {
  for (let previous = index - 1; previous >= 0; previous--) {
    const line = lines[previous]
    if (!line) return false
    if (isBlank(line.text)) continue
    return skip.has(line.line)
  }
  return false
}

describe('page furniture', () => {
  it('no line starting with another character is a rule line or a page number', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      if (/\s/.test(char)) continue
      if (!RULE_LINE_FIRST.includes(char)) for (const rest of ['', '--', '---', ' - -']) expect(RULE_LINE.test(char + rest)).toBe(false)
      if (!PAGE_NUMBER_FIRST.includes(char)) {
        for (const rest of ['', '1', ' 1', 'rang 1', 'RANG 12', '- 3 -', '3/12']) expect(PAGE_NUMBER.test(char + rest)).toBe(false)
      }
    }
  })

  it('finds the same lines as before', () => {
    const piece = fc.constantFrom(
      '', '', '', ' ', '3', '- 3 -', 'Trang 3', ' 12/40', '-----', '___', '* * *', '—–—', 'Nghị quyết số 15/NQ-HĐND',
      'BÁO CÁO', 'Đẩy mạnh phát triển kinh tế', '1. Mục tiêu', 'a\tb', 'x | y', '¹ Chú thích', '  ', '\t', 'Điều 2'
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 60}), fc.array(fc.integer({min: 1, max: 60}), {maxLength: 6}), (texts, skipped) => {
        const lines: SourceLine[] = texts.map((text, index) => ({line: index + 1, text}))
        const skip = new Set(skipped)
        expect([...findPageFurniture(lines, skip)]).toEqual([...oldFindPageFurniture(lines, skip)])
      }),
      {numRuns: 5000}
    )
  })
})
