/**
 * Lines that belong to the page, not to the text: rule lines, and page numbers standing alone between
 * blank lines (or footnote bodies). The block parser skips them like blank lines, and the page-break
 * join looks through them.
 */
import type {SourceLine} from '../types.js'
import {PAGE_NUMBER, RULE_LINE} from '../vocabulary/footnote-layout.js'

export function isPageFurniture(lines: readonly SourceLine[], index: number, skip: ReadonlySet<number>): boolean {
  const text = lines[index]?.text ?? ''
  if (RULE_LINE.test(text)) return true
  if (!PAGE_NUMBER.test(text)) return false
  return isGap(lines[index - 1], skip) && isGap(lines[index + 1], skip)
}

function isGap(line: SourceLine | undefined, skip: ReadonlySet<number>): boolean {
  return line === undefined || line.text.trim() === '' || skip.has(line.line)
}
