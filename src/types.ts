/**
 * Types shared by the pipeline stages (internal; the output format lives in `schema.ts`).
 */

/** One line of the source after normalisation; `line` is its 1-based number in the file as stored. */
export interface SourceLine {
  readonly line: number
  /** NFC text; CR removed, non-breaking and odd spaces turned into spaces, tabs kept (table cells). */
  readonly text: string
}

/** A footnote marker found in running text or in a table cell. */
export interface FootnoteMarker {
  readonly label: string
  readonly line: number
  /** 1-based column of the marker's first character in the source line. */
  readonly column: number
}
