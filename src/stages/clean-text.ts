/**
 * Text of an extracted item as analysts read it: emphasis markup and footnote markers removed,
 * white space collapsed, final separators stripped.
 */
import {mayHoldMarker, stripFootnoteMarkers} from './resolve-footnotes.js'
import type {Paragraph} from './parse-blocks.js'
import {needsSpaceCollapseIn, stripEmphasis} from './split-sections.js'
import {ITEM_END, trimEnd} from './trim.js'
import {needsSpaceCollapse} from './white-space.js'

export interface CleanText {
  readonly text: string
  /** Labels of the footnote markers that were in the text, in order, without repeats. */
  readonly footnotes: string[]
}

/**
 * A note reference written with stars, "(*)", "(**)": it points to a note under the list ("(*) Chỉ
 * tiêu do Hội đồng nhân dân tỉnh giao."), and is no part of the item. (Left in, its stars would go
 * as emphasis and leave "()".)
 */
const STAR_NOTE_REFERENCE = /\s*\(\*{1,3}\)/g

function stripStarNoteReferences(text: string): string {
  return text.includes('(*') ? text.replace(STAR_NOTE_REFERENCE, '') : text
}

/** `markerFree`: the text is known to hold no character a footnote marker starts with (as for `cleanParagraph`). */
export function cleanItemText(raw: string, bracketLabels?: ReadonlySet<string>, markerFree = false): CleanText {
  const {text, labels} = markerFree ? {text: raw, labels: NO_LABELS} : stripFootnoteMarkers(raw, {bracketLabels})
  const clean = trimEnd(stripEmphasis(stripStarNoteReferences(text)), ITEM_END).trim()
  return {text: clean, footnotes: labels.length === 0 ? [] : [...new Set(labels)]}
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

/**
 * Clean one paragraph of a body (a body's paragraphs can be cleaned once and joined many times).
 * `markerFree`: the text is known to hold no character a footnote marker starts with (see
 * `Paragraph.markerFree`), so there is no marker to look for.
 */
export function cleanParagraph(paragraph: string, bracketLabels?: ReadonlySet<string>, markerFree = false): CleanParagraph {
  if (markerFree) return {text: stripEmphasis(stripStarNoteReferences(paragraph)), labels: NO_LABELS}
  const {text, labels} = stripFootnoteMarkers(paragraph, {bracketLabels})
  return {text: stripEmphasis(stripStarNoteReferences(text)), labels}
}

const NO_LABELS: readonly string[] = []

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
 * Does cleaning change this text, and every piece of it, only by trimming it? Yes when it holds no
 * character a footnote marker starts with (`mayHoldMarker`), no emphasis mark ("*", "_") and no white
 * space that `stripEmphasis` collapses (a tab, a line break, two spaces): a piece of it holds none of
 * them either. A paragraph tested once can have its pieces (the text after its label, its clauses)
 * cleaned by `trim`. `markerFree`: the text is known to hold no marker start (see `cleanParagraph`).
 */
export function cleansByTrimming(text: string, markerFree = false): boolean {
  // A search for one character beats a regex of a class of them (~2x on task paragraphs).
  return !text.includes('*') && !text.includes('_') && !needsSpaceCollapse(text) && (markerFree || !mayHoldMarker(text))
}

/**
 * `cleansByTrimming(paragraph.text, paragraph.markerFree)`, with the paragraph's search for white space
 * to collapse shared with the other stages (`needsSpaceCollapseIn`: the sections stage made it for a
 * heading paragraph).
 */
export function paragraphCleansByTrimming(paragraph: Paragraph): boolean {
  const text = paragraph.text
  return !text.includes('*') && !text.includes('_') && !needsSpaceCollapseIn(paragraph) && (paragraph.markerFree === true || !mayHoldMarker(text))
}
