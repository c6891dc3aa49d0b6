// Reference copy of src/stages/page-furniture.ts as it was before the performance work (commit 17fe803),
// for the equivalence tests in tests/resolve-footnotes-fast.test.ts. Not used by the library.
/**
 * Lines that belong to the page, not to the text, as PDF exports leave them: rule lines ("-----"),
 * page numbers ("3", "- 3 -", "Trang 3"), and running headers or footers (the same short line repeated
 * on every page, e.g. "Nghị quyết số 15/NQ-HĐND"). The block parser skips them like blank lines and the
 * page-break join looks through them.
 *
 * Evidence: a page number or a repeated line counts only where it stands apart from the running text,
 * between blank lines or next to other page furniture.
 */
import type {SourceLine} from '../../src/types.js'
import {PAGE_NUMBER, RULE_LINE} from '../../src/vocabulary/footnote-layout.js'
import {readMarker} from '../../src/stages/read-marker.js'

const RUNNING_LINE_MAX = 80

/** The line numbers of page furniture; `skip`: lines already known not to be running text (footnote bodies). */
export function findPageFurniture(lines: readonly SourceLine[], skip: ReadonlySet<number>): Set<number> {
  const furniture = new Set<number>()
  const counts = new Map<string, number>()
  for (const {text} of lines) {
    const key = text.trim()
    if (key.length > 0 && key.length <= RUNNING_LINE_MAX) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const kind = lines.map(({text, line}): 'rule' | 'number' | 'repeated' | 'caps' | null => {
    if (skip.has(line)) return null
    if (RULE_LINE.test(text)) return 'rule'
    if (PAGE_NUMBER.test(text)) return 'number'
    const key = text.trim()
    if (readMarker(key) || !/\p{L}/u.test(key) || text.includes('\t') || text.includes('|')) return null
    if ((counts.get(key) ?? 0) >= 2) return 'repeated'
    // A running header printed once (a two-page document): short, in capitals; only beside a page number.
    if (key.length <= RUNNING_LINE_MAX && !/\p{Ll}/u.test(key)) return 'caps'
    return null
  })
  const isGap = (index: number) => {
    const line = lines[index]
    return line === undefined || line.text.trim() === '' || skip.has(line.line) || furniture.has(line.line)
  }
  // Two passes: a page number next to a running header counts once the header does, and the reverse.
  for (let pass = 0; pass < 2; pass++) {
    lines.forEach((line, index) => {
      const what = kind[index]
      if (what === null || what === undefined || furniture.has(line.line)) return
      const apart = isGap(index - 1) && isGap(index + 1)
      const besideFurniture = (offset: number) => {
        const other = kind[index + offset]
        return other === 'number' || other === 'rule' || furniture.has(lines[index + offset]?.line ?? 0)
      }
      if (what === 'caps') {
        // Only right under a page number that is itself furniture.
        if (furniture.has(lines[index - 1]?.line ?? 0) && kind[index - 1] === 'number') furniture.add(line.line)
        return
      }
      // A page number right after the footnote bodies of its page: the page break is proven.
      const afterBodies = what === 'number' && followsBodies(lines, index, skip)
      // A repeated line apart from the text needs more than two copies; beside a page number, two do.
      const enough = what !== 'repeated' || (counts.get(line.text.trim()) ?? 0) >= 3
      if (what === 'rule' || afterBodies || (apart && enough) || besideFurniture(-1) || besideFurniture(1)) furniture.add(line.line)
    })
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
