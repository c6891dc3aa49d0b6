/**
 * Text of an extracted item as analysts read it: emphasis markup and footnote markers removed,
 * white space collapsed, final separators stripped.
 */
import {mayHoldMarker, stripFootnoteMarkers} from './resolve-footnotes.js'
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

/** Emphasis marks, and the white space `stripEmphasis` collapses: a tab or line break (two spaces apart). */
const EMPHASIS_OR_BREAK = /[*_\t-\r]/
/**
 * Two spaces in a row: a regex, not `includes('  ')`, whose search for a space stops at every word of a
 * two-byte text (~20% cheaper on task paragraphs).
 */
const TWO_SPACES = / {2}/

/**
 * Does cleaning change this text, and every piece of it, only by trimming it? Yes when it holds no
 * character a footnote marker starts with (`mayHoldMarker`), no emphasis mark ("*", "_") and no white
 * space that `stripEmphasis` collapses (a tab, a line break, two spaces): a piece of it holds none of
 * them either. A paragraph tested once can have its pieces (the text after its label, its clauses)
 * cleaned by `trim`.
 */
export function cleansByTrimming(text: string): boolean {
  return !EMPHASIS_OR_BREAK.test(text) && !TWO_SPACES.test(text) && !mayHoldMarker(text)
}
