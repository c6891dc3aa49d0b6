/**
 * Text of an extracted item as analysts read it: emphasis markup and footnote markers removed,
 * white space collapsed, final separators stripped.
 */
import {MARKER_START} from '../vocabulary/footnote-layout.js'
import {stripFootnoteMarkers} from './resolve-footnotes.js'
import {stripEmphasis} from './split-sections.js'
import {ITEM_END, trimEnd} from './trim.js'

export interface CleanText {
  readonly text: string
  /** Labels of the footnote markers that were in the text, in order, without repeats. */
  readonly footnotes: string[]
}

export function cleanItemText(raw: string, bracketLabels?: ReadonlySet<string>): CleanText {
  const {text, labels} = stripFootnoteMarkers(raw, {bracketLabels})
  const clean = trimEnd(stripEmphasis(text), ITEM_END).trim()
  return {text: clean, footnotes: [...new Set(labels)]}
}

/** Like `cleanItemText` but keeps line breaks between paragraphs (task bodies). */
export function cleanBodyText(paragraphs: readonly string[], bracketLabels?: ReadonlySet<string>): CleanText {
  return joinParagraphs(paragraphs.map((paragraph) => cleanParagraph(paragraph, bracketLabels)))
}

/** One paragraph of a body, cleaned: its text (maybe empty) and the labels of its footnote markers. */
export interface CleanParagraph {
  readonly text: string
  readonly labels: readonly string[]
}

/** Clean one paragraph of a body (a body's paragraphs can be cleaned once and joined many times). */
export function cleanParagraph(paragraph: string, bracketLabels?: ReadonlySet<string>): CleanParagraph {
  const {text, labels} = stripFootnoteMarkers(paragraph, {bracketLabels})
  return {text: stripEmphasis(text), labels}
}

/** Join cleaned paragraphs into a body: the non-empty ones line by line, the footnote labels without repeats. */
export function joinParagraphs(paragraphs: readonly CleanParagraph[]): CleanText {
  let footnotes: Set<string> | null = null
  const parts: string[] = []
  for (const paragraph of paragraphs) {
    if (paragraph.labels.length > 0) {
      footnotes ??= new Set()
      for (const label of paragraph.labels) footnotes.add(label)
    }
    if (paragraph.text) parts.push(paragraph.text)
  }
  return {text: parts.length === 1 ? (parts[0] as string) : parts.join('\n'), footnotes: footnotes ? [...footnotes] : []}
}

/**
 * A character that cleaning works on: one that can start a footnote marker (those of `MARKER_START`, a
 * character class), an emphasis mark, a tab or line break. (And two spaces in a row, looked for apart.)
 */
const AT_WORK = new RegExp(`[${classMembers(MARKER_START)}*_\\t-\\r]`)

function classMembers(pattern: RegExp): string {
  const source = pattern.source
  if (pattern.flags !== '' || !/^\[[^\]]*\]$/.test(source)) throw new Error(`expected one character class, not /${source}/${pattern.flags}`)
  return source.slice(1, -1)
}

/**
 * `AT_WORK` is searched for in two parts. A regex for one character class skips ahead by a table of the
 * low 7 bits of the code units it looks for; the superscript digits (U+2070-U+2079) share theirs with
 * the letters "p" to "y", so nearly every word stops the skip and the search goes code unit by code
 * unit. Vietnamese text is written in code units below U+2070 (letters, and the punctuation of
 * U+2000-U+206F): the characters of `AT_WORK` below that are searched for as a class of their own, and
 * code units from U+2070 on (rare) one by one, each then tested against `AT_WORK`.
 */
const RARE_FROM = 0x2070
const AT_WORK_COMMON = new RegExp(`[${codeRanges(RARE_FROM, (code) => AT_WORK.test(String.fromCharCode(code)))}]`)
const RARE = new RegExp(`[^\\0-${unicodeEscape(RARE_FROM - 1)}]`, 'g')

/** The members of a character class: the code units below `end` that `holds`, as ranges of \u escapes. */
function codeRanges(end: number, holds: (code: number) => boolean): string {
  let members = ''
  for (let code = 0; code < end; code++) {
    if (!holds(code)) continue
    let last = code
    while (last + 1 < end && holds(last + 1)) last++
    members += last > code ? `${unicodeEscape(code)}-${unicodeEscape(last)}` : unicodeEscape(code)
    code = last
  }
  return members
}

function unicodeEscape(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`
}

/**
 * Does cleaning change this text, and every piece of it, only by trimming it? Yes when it holds no
 * character that can start a footnote marker (`MARKER_START`), no emphasis mark ("*", "_") and no white
 * space that `stripEmphasis` collapses (a tab, a line break, two spaces): a piece of it holds none of
 * them either. A paragraph tested once can have its pieces (the text after its label, its clauses)
 * cleaned by `trim`.
 */
export function cleansByTrimming(text: string): boolean {
  if (AT_WORK_COMMON.test(text) || text.includes('  ')) return false
  RARE.lastIndex = 0
  while (RARE.test(text)) if (AT_WORK.test(text.charAt(RARE.lastIndex - 1))) return false
  return true
}
