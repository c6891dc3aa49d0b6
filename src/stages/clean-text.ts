/**
 * Text of an extracted item as analysts read it: emphasis markup and footnote markers removed,
 * white space collapsed, final separators stripped.
 */
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
  const footnotes = new Set<string>()
  const parts: string[] = []
  for (const paragraph of paragraphs) {
    for (const label of paragraph.labels) footnotes.add(label)
    if (paragraph.text) parts.push(paragraph.text)
  }
  return {text: parts.join('\n'), footnotes: [...footnotes]}
}
