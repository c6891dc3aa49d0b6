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
import {PAGE_NUMBER, RULE_LINE} from '../vocabulary/footnote-layout.js'
import {readMarker} from './read-marker.js'

const RUNNING_LINE_MAX = 80

type Kind = 'rule' | 'number' | 'repeated' | 'caps'

/** The line numbers of page furniture; `skip`: lines already known not to be running text (footnote bodies). */
export function findPageFurniture(lines: readonly SourceLine[], skip: ReadonlySet<number>): Set<number> {
  const furniture = new Set<number>()
  const keys = lines.map(({text}) => text.trim())
  const counts = new Map<string, number>()
  for (const key of keys) {
    if (key.length > 0 && key.length <= RUNNING_LINE_MAX) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const kind = lines.map(({text, line}, index): Kind | null => {
    if (skip.has(line)) return null
    if (RULE_LINE.test(text)) return 'rule'
    if (PAGE_NUMBER.test(text)) return 'number'
    const key = keys[index] as string // in range
    // A running header or footer is short, whether repeated or printed once (most lines are not).
    if (key.length === 0 || key.length > RUNNING_LINE_MAX) return null
    if (text.includes('\t') || text.includes('|') || !/\p{L}/u.test(key)) return null
    const repeated = (counts.get(key) ?? 0) >= 2
    // A running header printed once (a two-page document): short, in capitals; only beside a page number.
    if (!repeated && /\p{Ll}/u.test(key)) return null
    if (readMarker(key)) return null
    return repeated ? 'repeated' : 'caps'
  })
  const isGap = (index: number) => {
    const line = lines[index]
    return line === undefined || keys[index] === '' || skip.has(line.line) || furniture.has(line.line)
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
      const enough = what !== 'repeated' || (counts.get(keys[index] as string) ?? 0) >= 3
      if (what === 'rule' || afterBodies || (apart && enough) || besideFurniture(index - 1) || besideFurniture(index + 1)) furniture.add(line.line)
    }
  }
  return furniture
}

/** The nearest non-blank line above `index` is a footnote body (or other skipped line). */
function followsBodies(lines: readonly SourceLine[], index: number, skip: ReadonlySet<number>): boolean {
  for (let previous = index - 1; previous >= 0; previous--) {
    const line = lines[previous]
    if (!line) return false
    if (line.text.trim() === '') continue
    return skip.has(line.line)
  }
  return false
}
