/**
 * Table primitives shared by the annex extractor, the block parser and the indicator extractor:
 * the kind of a table line (tab-separated, pipe, space-aligned), its cells, and the role of each
 * column read from the header row by keyword (`vocabulary/table-headers.ts`).
 */
import {type ColumnRole, HEADER_KEYWORDS} from '../vocabulary/table-headers.js'
import {collapseWhiteSpace, isWhiteSpaceCode} from './white-space.js'

export type TableKind = 'tab' | 'pipe' | 'space'

/** Column index of each role a header names. */
export type Columns = Partial<Record<ColumnRole, number>>

const ROLES: readonly ColumnRole[] = ['label', 'name', 'unit', 'plan', 'actual', 'assessment']

/** The kind of table a line belongs to (`table`: the table being read, for space-aligned rows). */
export function readTableKind(text: string, table: {readonly kind: TableKind} | null): TableKind | null {
  if (text.includes('\t')) return 'tab'
  const trimmed = text.trim()
  if (trimmed.startsWith('|') || countOf(trimmed, '|') >= 2) return 'pipe'
  if (/\S {2,}\S/.test(trimmed)) {
    // Space-aligned columns: only a header row (keywords) or a row of a space-aligned table.
    const cells = splitCells(text, 'space')
    if (table && table.kind === 'space' && cells.length >= 2) return 'space'
    if (cells.length >= 3 && readHeader(cells.map((cell) => cleanCell(cell))) !== null) return 'space'
  }
  return null
}

function countOf(text: string, char: string): number {
  let count = 0
  for (const each of text) if (each === char) count++
  return count
}

export function splitCells(text: string, kind: TableKind): string[] {
  if (kind === 'tab') return text.split('\t')
  if (kind === 'space') return text.trim().split(/ {2,}|\t/)
  let inner = text.trim()
  if (inner.startsWith('|')) inner = inner.slice(1)
  if (inner.endsWith('|')) inner = inner.slice(0, -1)
  return inner.split('|')
}

/** A markdown separator row: `|---|:---:|`. */
export function isSeparatorRow(cells: readonly string[]): boolean {
  let dashes = 0
  for (const cell of cells) {
    const trimmed = cell.trim()
    if (trimmed === '') continue
    if (!/^:?-{2,}:?$/.test(trimmed)) return false
    dashes++
  }
  return dashes > 0
}

/** Cell text: emphasis that wraps the whole cell removed, whitespace collapsed. */
export function cleanCell(cell: string): string {
  let text = collapseWhiteSpace(cell)
  for (const mark of ['**', '*', '__', '_']) {
    if (text.length > 2 * mark.length && text.startsWith(mark) && text.endsWith(mark)) {
      text = text.slice(mark.length, -mark.length).trim()
    }
  }
  return text
}

/** The header keywords by their first character, each list in the order of `ROLES` and the vocabulary. */
const KEYWORDS_BY_INITIAL = new Map<string, Array<{readonly role: ColumnRole; readonly keyword: string}>>()
for (const role of ROLES) {
  for (const keyword of HEADER_KEYWORDS[role]) {
    const initial = keyword.charAt(0)
    const list = KEYWORDS_BY_INITIAL.get(initial) ?? []
    list.push({role, keyword})
    KEYWORDS_BY_INITIAL.set(initial, list)
  }
}

/** The role a header cell names, by the longest keyword that starts it. */
export function readRole(cell: string): ColumnRole | null {
  // The text below starts with the first character of the cell that is no star, underscore or white
  // space, lower-cased: when that is ASCII (a figure, a number) it tells most data cells from a header
  // cell before the cell is lowered.
  const first = firstKeptCode(cell)
  if (first < 0) return null
  if (first < 0x80 && !KEYWORDS_BY_INITIAL.has(String.fromCharCode(first >= 0x41 && first <= 0x5a ? first + 0x20 : first))) return null
  let text = cell.toLowerCase()
  if (text.includes('*') || text.includes('_')) text = text.replace(/[*_]/g, '')
  text = collapseWhiteSpace(text)
  // Only the keywords that start with the text's first character can start it (data cells: none).
  const keywords = text === '' ? undefined : KEYWORDS_BY_INITIAL.get(text.charAt(0))
  if (keywords === undefined) return null
  let best: ColumnRole | null = null
  let bestLength = 0
  for (const {role, keyword} of keywords) {
    if (keyword.length <= bestLength || !text.startsWith(keyword)) continue
    const next = text[keyword.length]
    // Whole words only: "th" is no prefix of "thu nhập".
    if (next !== undefined && next.toLowerCase() !== next.toUpperCase()) continue
    best = role
    bestLength = keyword.length
  }
  return best
}

/** The first code unit of `text` that is no star, underscore or white space (-1: none). */
function firstKeptCode(text: string): number {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code !== 42 /* * */ && code !== 95 /* _ */ && !isWhiteSpaceCode(code)) return code
  }
  return -1
}

/** Column roles of a header row, or null when the row does not read as a header. */
export function readHeader(cells: readonly string[]): Columns | null {
  const columns: Columns = {}
  let named = 0
  let filled = 0
  cells.forEach((cell, index) => {
    if (cell === '') return
    filled++
    const role = readRole(cell)
    if (role === null) return
    named++
    if (columns[role] === undefined) columns[role] = index
  })
  const roles = Object.keys(columns).length
  if (roles < 2 || (columns.name === undefined && columns.label === undefined)) return null
  return roles >= 3 || 2 * named >= filled ? columns : null
}

/** A second header row: every filled cell names a column role. */
export function isSubHeader(cells: readonly string[]): boolean {
  const filled = cells.filter((cell) => cell !== '')
  return filled.length > 0 && filled.every((cell) => readRole(cell) !== null)
}

export function mergeSubHeader(columns: Columns, cells: readonly string[]): Columns {
  const merged: Columns = {...columns}
  cells.forEach((cell, index) => {
    const role = readRole(cell)
    if (role !== null && merged[role] === undefined) merged[role] = index
  })
  return merged
}

/**
 * A second header row that names no role ("| | | | Giao | Phấn đấu |" under a merged "Kế hoạch 2024"):
 * no label and no name (in the header's `columns`), something in some cell, and no figure in any.
 */
export function continuesHeader(cells: readonly string[], columns: Columns): boolean {
  const label = columns.label === undefined ? '' : (cells[columns.label] ?? '')
  const name = columns.name === undefined ? '' : (cells[columns.name] ?? '')
  return label === '' && name === '' && cells.some((cell) => cell !== '') && !cells.some((cell) => /\d/.test(cell))
}

/** The row that numbers the columns under the header: "1 2 3 4", "(1) (2) (3)", "A B 1 2 3". */
export function isColumnNumberRow(cells: readonly string[]): boolean {
  const filled = cells.filter((cell) => cell !== '').map((cell) => cell.replace(/^\((.*)\)$/, '$1'))
  if (filled.length < 3) return false
  let previous: number | null = null
  for (const cell of filled) {
    if (/^[A-Z]$/.test(cell) && previous === null) continue
    if (!/^\d{1,2}$/.test(cell)) return false
    const value = Number(cell)
    if (previous !== null && value !== previous + 1) return false
    previous = value
  }
  return previous !== null
}

