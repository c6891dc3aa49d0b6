/**
 * Extract annex rows: the data rows of the tables that follow a "PHỤ LỤC" heading.
 *
 * Tables arrive tab-separated (Word), as pipe tables (markdown, with or without a `|---|` separator
 * row) or as columns aligned with runs of spaces. Columns are mapped to fields from the header row by
 * keyword (`vocabulary/table-headers.ts`); a second header row (merged header cells split in two) fills
 * the columns the first left open. Rows may be interrupted by footnote bodies and blank lines (a page
 * break inside the table); the table ends at the first line of running text, and resumes after it only
 * when the next row carries on the numbering.
 *
 * Pure: no I/O. Problems are recorded on the file.
 */
import type {VFile} from 'vfile'
import {report} from '../diagnostics.js'
import type {AppendixRow} from '../schema.js'
import type {SourceLine} from '../types.js'
import {ANNEX_WORDS, type ColumnRole, TITLE_NOTE_PREFIXES} from '../vocabulary/table-headers.js'
import {
  type Columns,
  cleanCell,
  continuesHeader,
  isColumnNumberRow,
  isSeparatorRow,
  isSubHeader,
  mergeSubHeader,
  readHeader,
  readTableKind,
  splitCells,
  type TableKind
} from './read-table.js'
import {type FootnoteResolution, stripFootnoteMarkers} from './resolve-footnotes.js'
import {knownMarkerFree} from './normalise.js'
import {isWhiteSpaceCode, trimmedLength} from './white-space.js'


interface Table {
  readonly kind: TableKind
  readonly title: string | null
  columns: Columns
  /** Cells of the header row, to recognise it when it is repeated on the next page. */
  readonly headerKey: string
  rows: number
  lastLabel: string | null
  /** Running text came after the last row: the table ended unless the numbering carries on. */
  paused: boolean
}


export function extractAppendix(lines: readonly SourceLine[], resolution: FootnoteResolution, file: VFile): AppendixRow[] {
  const markerLabels = new Map<number, Set<string>>()
  for (const marker of resolution.markers) {
    const labels = markerLabels.get(marker.line) ?? new Set<string>()
    labels.add(marker.label)
    markerLabels.set(marker.line, labels)
  }

  const rows: AppendixRow[] = []
  let inAnnex = false
  let annexLine = 0
  let reportedNoHeader = false
  let titleParts: string[] = []
  let table: Table | null = null
  /** An aside under a title, "(Kèm theo Nghị quyết …", wrapped over lines: open until its ")". */
  const aside = {open: false}

  // Lines the normaliser found no footnote-marker character in: their cells need no marker search.
  const markerFree = knownMarkerFree(lines)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as SourceLine // in range
    if (resolution.bodyLines.has(line.line)) continue
    const text = line.text
    if (trimmedLength(text) === 0) continue

    const annexTitle = readAnnexHeading(text)
    if (annexTitle !== null) {
      inAnnex = true
      annexLine = line.line
      reportedNoHeader = false
      table = null
      titleParts = annexTitle === '' ? [] : [annexTitle]
      continue
    }
    if (!inAnnex) continue

    const kind = readTableKind(text, table)
    if (kind === null) {
      // Running text: a title for the next table, or the end of this one.
      if (table) table.paused = true
      const part = cleanTitleLine(text, aside)
      if (part !== null) titleParts.push(part)
      continue
    }

    const rawCells = splitCells(text, kind)
    if (isSeparatorRow(rawCells)) continue
    const cells: string[] = []
    for (const cell of rawCells) cells.push(cleanCell(cell))
    const header = readHeader(cells)
    if (header) {
      const headerKey = cells.join('\u0000').toLowerCase()
      if (table && table.headerKey === headerKey) {
        // The header repeated at the top of the next page.
        table.paused = false
        titleParts = []
        continue
      }
      const title = titleParts.join(' ').replace(/\s+/g, ' ').trim()
      table = {kind, title: title === '' ? null : title, columns: header, headerKey, rows: 0, lastLabel: null, paused: false}
      titleParts = []
      continue
    }
    if (!table) {
      if (!reportedNoHeader && kind !== 'space') {
        reportedNoHeader = true
        report(file, 'appendix-no-header', 'Annex table has no header row that names its columns; its rows are skipped', {line: line.line})
      }
      if (kind === 'space') {
        const part = cleanTitleLine(text, aside)
        if (part !== null) titleParts.push(part)
      }
      continue
    }
    if (table.rows === 0 && (isSubHeader(cells) || continuesHeader(cells, table.columns))) {
      table.columns = mergeSubHeader(table.columns, cells)
      continue
    }
    if ((table.rows === 0 && isColumnNumberRow(cells)) || cells.every((cell) => cell === '')) continue
    // "| I | Chỉ tiêu kinh tế | | | |": a group of rows, not a row of data.
    if (isGroupRow(cells, table.columns)) continue

    const labelIndex = table.columns.label
    const labelCell = labelIndex === undefined ? '' : (cells[labelIndex] ?? '')
    if (table.paused) {
      if (!continuesNumbering(table.lastLabel, labelCell)) {
        table = null
        if (kind === 'space') {
          const part = cleanTitleLine(text, aside)
          if (part !== null) titleParts.push(part)
        }
        continue
      }
      table.paused = false
      titleParts = []
    }

    // (The cells of a line without a marker character are the cleaned cells read above.)
    const clean = markerFree(line, index) ? {cells, footnotes: []} : stripMarkers(rawCells, markerLabels.get(line.line))
    rows.push(buildRow(line.line, clean.cells, clean.footnotes, table))
    table.rows++
    table.lastLabel = labelCell === '' ? table.lastLabel : labelCell
  }

  if (inAnnex && rows.length === 0 && !reportedNoHeader) {
    report(file, 'appendix-no-table', 'Annex has no table this tool can read', {line: annexLine, severity: 'info'})
  }
  return rows
}

/** The cells without their footnote markers, cleaned, and the labels of the markers (each once). */
function stripMarkers(rawCells: readonly string[], bracketLabels: ReadonlySet<string> | undefined): {cells: string[]; footnotes: string[]} {
  const footnotes: string[] = []
  const cells: string[] = []
  for (const raw of rawCells) {
    const stripped = stripFootnoteMarkers(raw, {bracketLabels})
    for (const label of stripped.labels) if (!footnotes.includes(label)) footnotes.push(label)
    cells.push(cleanCell(stripped.text))
  }
  return {cells, footnotes}
}

function buildRow(line: number, cells: string[], footnotes: string[], table: Table): AppendixRow {
  const field = (role: ColumnRole): string | null => {
    const index = table.columns[role]
    return index === undefined ? null : (cells[index] ?? '')
  }
  const label = field('label')
  let name = field('name')
  if (name === null) {
    // No column named the indicator: take the first column that is not the row number.
    const index = cells.findIndex((_, position) => position !== table.columns.label)
    name = index === -1 ? '' : (cells[index] ?? '')
  }
  return {
    label: label === '' ? null : label,
    line,
    table: table.title,
    name,
    unit: field('unit'),
    plan: field('plan'),
    actual: field('actual'),
    assessment: field('assessment'),
    cells,
    footnotes
  }
}

// ---------- annex headings and titles ----------

const ANNEX_REST = /^(?:\s+(?:số\s*)?(?:\d{1,2}|[ivxlc]{1,6})[a-z]?)?\s*(?:[:.\-–—]\s*(.*))?$/u

/** Every annex word starts with "phụ" (phụ lục, phụ biểu): most lines are rejected by this alone. */
const ANNEX_START = /^[\s#*_]*ph[ụỤ]/iu

/**
 * Can `ANNEX_START` match `text`? Only if it starts with white space, "#", "*", "_" or a "p" in either
 * case: most lines start otherwise, and are spared the regex (tests/extract-appendix-fast.test.ts).
 */
export function mayStartAnnex(text: string): boolean {
  const first = text.charCodeAt(0)
  return first === 0x70 /* p */ || first === 0x50 /* P */ || first === 0x23 /* # */ || first === 0x2a /* * */ || first === 0x5f /* _ */ || isWhiteSpaceCode(first)
}

/** The title written on the heading line ("" when none), or null when the line is no annex heading. */
function readAnnexHeading(text: string): string | null {
  if (!mayStartAnnex(text) || !ANNEX_START.test(text)) return null
  const trimmed = text.replace(/^[\s#*_]+/, '')
  const head = trimmed.slice(0, 200).replace(/[\s*_]+$/, '')
  const lower = head.toLowerCase()
  for (const word of ANNEX_WORDS) {
    if (!lower.startsWith(word)) continue
    const match = ANNEX_REST.exec(lower.slice(word.length))
    if (!match) continue
    const titleStart = match[1] === undefined ? head.length : head.length - match[1].length
    return cleanTitleLine(head.slice(titleStart), {open: false}) ?? ''
  }
  return null
}

/** A title line without emphasis, or null for a note that is not part of the title. */
function cleanTitleLine(text: string, aside: {open: boolean}): string | null {
  const clean = trimUnderscores(text.replace(/[*#]/g, '')).replace(/\s+/g, ' ').trim()
  if (clean === '') return null
  // An aside, "(Kèm theo Nghị quyết …)", on its line or wrapped over several.
  if (aside.open || clean.startsWith('(')) {
    aside.open = !clean.endsWith(')')
    return null
  }
  const lower = clean.toLowerCase()
  if (TITLE_NOTE_PREFIXES.some((prefix) => lower.startsWith(prefix))) return null
  return clean
}

/** Underscores that wrap a line (emphasis), removed without a backtracking regex. */
function trimUnderscores(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && (text[start] === '_' || text[start] === ' ')) start++
  while (end > start && (text[end - 1] === '_' || text[end - 1] === ' ')) end--
  return text.slice(start, end)
}

/** A row that heads a group of rows: a label or a name, and nothing in any other column. */
function isGroupRow(cells: readonly string[], columns: Columns): boolean {
  let named = false
  for (let index = 0; index < cells.length; index++) {
    if (cells[index] === '') continue
    if (index !== columns.label && index !== columns.name) return false
    named = true
  }
  return named
}

/** The label goes on from the last row's (17 -> 18): the table resumes after a page break. */
function continuesNumbering(previous: string | null, label: string): boolean {
  if (previous === null) return false
  const before = Number(previous.replace(/\.$/, ''))
  const now = Number(label.replace(/\.$/, ''))
  return Number.isInteger(before) && Number.isInteger(now) && now === before + 1
}
