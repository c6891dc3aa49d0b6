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
  const footnotes: string[] = []
  const parts: string[] = []
  for (const paragraph of paragraphs) {
    const {text, labels} = stripFootnoteMarkers(paragraph, {bracketLabels})
    footnotes.push(...labels)
    const clean = stripEmphasis(text)
    if (clean) parts.push(clean)
  }
  return {text: parts.join('\n'), footnotes: [...new Set(footnotes)]}
}
