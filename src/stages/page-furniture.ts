/**
 * Lines that belong to the page, not to the text, as PDF exports leave them: rule lines ("-----"),
 * page numbers ("3", "- 3 -", "Trang 3"), and running headers or footers (the same short line repeated
 * on every page, e.g. "Nghị quyết số 15/NQ-HĐND"). The block parser skips them like blank lines and the
 * page-break join looks through them.
 *
 * Evidence: a page number or a repeated line counts only where it stands apart from the running text,
 * between blank lines or next to other page furniture.
 */
import type {SourceLine} from '../types.js'
import {PAGE_FOOTER, PAGE_NUMBER, PAGE_NUMBER_FIRST, PAGE_NUMBER_LAST, RULE_LINE, RULE_LINE_FIRST, RULE_LINE_LAST} from '../vocabulary/footnote-layout.js'
import {knownTableMarkFree} from './normalise.js'
import {readMarker} from './read-marker.js'
import {firstNonWhiteSpace, isBlank, lastNonWhiteSpace, trimmedLengths} from './white-space.js'

const RUNNING_LINE_MAX = 80

/** What a line may be, by its look alone: nothing, a rule line, a page number, a repeated or capital line. */
const NONE = 0
const RULE = 1
const NUMBER = 2
const REPEATED = 3
const CAPS = 4

/** Which edge of a rule line or page number a code unit can be (bits), from the vocabulary's lists. */
const RULE_FIRST = 1
const RULE_LAST = 2
const NUMBER_FIRST = 4
const NUMBER_LAST = 8
const EDGE = new Uint8Array(0x10000)
for (const [chars, bit] of [
  [RULE_LINE_FIRST, RULE_FIRST],
  [RULE_LINE_LAST, RULE_LAST],
  [PAGE_NUMBER_FIRST, NUMBER_FIRST],
  [PAGE_NUMBER_LAST, NUMBER_LAST]
] as const) {
  for (let index = 0; index < chars.length; index++) {
    const code = chars.charCodeAt(index)
    EDGE[code] = (EDGE[code] as number) | bit
  }
}

const LETTER = /\p{L}/u

/**
 * The line numbers of page furniture; `skip`: lines already known not to be running text (footnote
 * bodies); `lengths`: the lines' trimmed lengths (`trimmedLengths`), when the caller has them.
 */
export function findPageFurniture(lines: readonly SourceLine[], skip: ReadonlySet<number>, lengths: readonly number[] = trimmedLengths(lines)): Set<number> {
  const furniture = new Set<number>()
  // Trimmed lengths first: the trimmed text is needed only for short lines.
  const keyAt = (index: number): string => {
    const text = (lines[index] as SourceLine).text // in range
    return text.length === lengths[index] ? text : text.trim()
  }
  // Lines the normaliser found no tab or "|" in need not be searched for them.
  const tableMarkFree = knownTableMarkFree(lines)
  const kind = new Uint8Array(lines.length)
  // Short lines that may be a running header or footer: what they are depends on how often they occur.
  const candidates: number[] = []
  let ruleOrNumber = false
  for (let index = 0; index < lines.length; index++) {
    const length = lengths[index] as number // in range
    // A blank line is none of them (nor a rule or a page number, which hold a character).
    if (length === 0) continue
    const {text, line} = lines[index] as SourceLine // in range
    if (skip.has(line)) continue
    // Most lines start or end with a character neither a rule line nor a page number starts or ends with
    // (a bullet or a numbered item starts as they do, but ends otherwise).
    const first = EDGE[text.charCodeAt(firstNonWhiteSpace(text))] as number
    const last = EDGE[text.charCodeAt(lastNonWhiteSpace(text))] as number
    if ((first & RULE_FIRST) !== 0 && (last & RULE_LAST) !== 0 && RULE_LINE.test(text)) {
      kind[index] = RULE
      ruleOrNumber = true
    } else if ((first & NUMBER_FIRST) !== 0 && (last & NUMBER_LAST) !== 0 && PAGE_NUMBER.test(text)) {
      kind[index] = NUMBER
      ruleOrNumber = true
    } else if ((last & NUMBER_LAST) !== 0 && length <= RUNNING_LINE_MAX && PAGE_FOOTER.test(text)) {
      // a footer that ends with its page number counts as one
      kind[index] = NUMBER
      ruleOrNumber = true
    } else {
      // A running header or footer is short, whether repeated or printed once (most lines are not).
      if (length > RUNNING_LINE_MAX) continue
      if (!tableMarkFree(lines[index] as SourceLine, index) && (text.includes('\t') || text.includes('|'))) continue
      candidates.push(index)
    }
  }
  // Without a rule line or a page number, only a line repeated three times can be furniture (and then
  // the lines beside it): most documents, exported from Word, have none, and need no further look. Only
  // a line whose length three lines share can be repeated so.
  if (!ruleOrNumber) {
    const often = lengthsFrom(lengths, 3)
    const wanted: string[] = []
    for (const index of candidates) {
      if (often[lengths[index] as number] !== 1) continue
      const key = keyAt(index)
      if (LETTER.test(key)) wanted.push(key)
    }
    if (!someCountFrom(countKeys(lengths, keyAt, wanted), 3)) return furniture
  }
  const keys = new Map<number, string>()
  const pending: number[] = []
  for (const index of candidates) {
    const key = keyAt(index)
    if (!LETTER.test(key)) continue
    keys.set(index, key)
    pending.push(index)
  }
  const counts = countKeys(lengths, keyAt, [...keys.values()])
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
      // A running header repeated at the top of each page, under the page break the footer before it shows.
      const headsPage = what === REPEATED && (counts.get(keys.get(index) as string) ?? 0) >= 2 && besideFurniture(previousNonBlank(lines, lengths, index))
      if (what === RULE || afterBodies || (apart && enough) || headsPage || besideFurniture(index - 1) || besideFurniture(index + 1)) furniture.add(line.line)
    }
  }
  return furniture
}

/** Flags by trimmed length up to `RUNNING_LINE_MAX`: 1 where at least `least` of `lengths` are that long. */
function lengthsFrom(lengths: readonly number[], least: number): Uint8Array {
  const seen = new Uint32Array(RUNNING_LINE_MAX + 1)
  const flags = new Uint8Array(RUNNING_LINE_MAX + 1)
  for (const length of lengths) if (length <= RUNNING_LINE_MAX && ++(seen[length] as number) >= least) flags[length] = 1
  return flags
}

/** Does any key occur at least `least` times? */
function someCountFrom(counts: ReadonlyMap<string, number>, least: number): boolean {
  for (const count of counts.values()) if (count >= least) return true
  return false
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

/** The index of the nearest line above `index` that is not blank (-1 if none). */
function previousNonBlank(lines: readonly SourceLine[], lengths: readonly number[], index: number): number {
  let previous = index - 1
  while (previous >= 0 && lengths[previous] === 0) previous--
  return previous
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
