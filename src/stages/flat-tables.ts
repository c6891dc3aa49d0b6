/**
 * Rejoin tables that an export flattened to one cell per line.
 *
 * Some converters write a table's every cell and every "|" on a line of its own:
 *
 *     |            row 1 opens
 *     STT          cell
 *     |
 *     Nội dung     cell (may run over several lines)
 *     |            row 1 closes
 *     |            row 2 opens
 *     |            an empty cell closes
 *     1
 *     |            ...
 *
 * Two "|" lines in a row are either an empty cell or the end of one row and the start of the next, so
 * the rows can only be told apart by their width. `findFlatTables` finds such runs of lines, reads the
 * column count that splits them into the most rows of one width (`readRows`), and gives each row as
 * one pipe-table line ("| STT | Nội dung |"), numbered as the row's first line. `rejoinFlatTables`
 * puts those lines in place of the flattened ones, so the block parser and the annex reader see an
 * ordinary pipe table and no cell becomes a paragraph of its own.
 *
 * Pure: no I/O; the line numbers of the file are kept. Each table read is noted on the file (info).
 */
import type {VFile} from 'vfile'
import {report} from '../diagnostics.js'
import type {SourceLine} from '../types.js'
import {RULE_LINE} from '../vocabulary/footnote-layout.js'
import {firstNonWhiteSpace, isBlank} from './white-space.js'

/** A run of flattened table lines: `start` and `end` (exclusive) are indexes in the lines given. */
export interface FlatTable {
  readonly start: number
  readonly end: number
  /** Cells per row, as read from the run. */
  readonly columns: number
  /** One pipe-table line per row, numbered as the row's first line in the file. */
  readonly rows: readonly SourceLine[]
}

/** A run needs at least this many "|" lines to be read as a flattened table (a row of two cells has three). */
const MIN_PIPE_LINES = 3
/** A cell of more lines than this is running text, not a cell: the run ends before it. */
const MAX_CELL_LINES = 8
/** Column counts tried when reading the rows of a run. */
const MAX_COLUMNS = 30

/** A line that holds "|" and white space only (read from its first character on: most lines fail there). */
function isPipeLine(text: string): boolean {
  const index = firstNonWhiteSpace(text)
  return text.charCodeAt(index) === 124 /* | */ && firstNonWhiteSpace(text, index + 1) === text.length
}

/**
 * The flattened tables among `lines`: runs of non-blank lines that start and end with a "|" line,
 * hold at least `MIN_PIPE_LINES` of them and no cell of more than `MAX_CELL_LINES` lines.
 */
export function findFlatTables(lines: readonly SourceLine[]): FlatTable[] {
  const tables: FlatTable[] = []
  let index = 0
  while (index < lines.length) {
    if (!isPipeLine((lines[index] as SourceLine).text)) {
      index++
      continue
    }
    // A run from this "|" line: it goes on over non-blank lines while no cell grows too long.
    const start = index
    let lastPipe = index
    let pipes = 1
    let cellLines = 0
    index++
    while (index < lines.length) {
      const text = (lines[index] as SourceLine).text
      if (isBlank(text)) break
      if (isPipeLine(text)) {
        lastPipe = index
        pipes++
        cellLines = 0
      } else if (++cellLines > MAX_CELL_LINES) {
        break
      }
      index++
    }
    const end = lastPipe + 1
    if (pipes >= MIN_PIPE_LINES) {
      const table = readRows(lines, start, end)
      if (table !== null) tables.push(table)
    }
    index = end
  }
  return tables
}

/** A cell read from a run: its text (lines joined by one space; '' for an empty cell) and first line. */
interface Cell {
  readonly text: string
  readonly line: number
}

/**
 * Read the rows of the run `lines[start, end)` (which starts and ends with a "|" line), or null when
 * no column count splits it into rows. Between two "|" lines stands one cell; a row of `n` cells takes
 * `n + 1` of them, and the gap between two rows holds nothing. Each column count is tried
 * (`splitRows`): the one that gives the most rows of its width, less the rows of other widths, wins;
 * then the one whose other rows cost least, then the fewer columns. A table so sparse that another
 * width explains it as well can be misread; tables of figures are mostly filled.
 */
function readRows(lines: readonly SourceLine[], start: number, end: number): FlatTable | null {
  // The gaps between consecutive "|" lines, each read as a cell.
  const gaps: Cell[] = []
  let pieces: string[] = []
  let first = 0
  for (let index = start + 1; index < end; index++) {
    const line = lines[index] as SourceLine
    if (isPipeLine(line.text)) {
      gaps.push({text: pieces.join(' '), line: first === 0 ? line.line : first})
      pieces = []
      first = 0
    } else if (!RULE_LINE.test(line.text)) {
      // (a rule line drawn under a name in a layout table, "-------", is no part of the cell)
      if (first === 0) first = line.line
      pieces.push(line.text.trim())
    }
  }
  let best: (Split & {columns: number}) | null = null
  const widest = Math.min(MAX_COLUMNS, gaps.length)
  for (let columns = 2; columns <= widest; columns++) {
    const split = splitRows(gaps, columns)
    if (split !== null && (best === null || isBetter(split, best))) best = {columns, ...split}
  }
  if (best === null) return null
  const rows: SourceLine[] = []
  for (let row = 0; row + 1 < best.bounds.length; row++) {
    // A row's cells are the gaps from its first to the one before the next row's opening "|".
    const from = best.bounds[row] as number
    const to = (best.bounds[row + 1] as number) - 1
    const cells = gaps.slice(from, to)
    // (a row of empty cells: the line of its first closing "|", so that the lines stay in order)
    const lineNumber = (cells.find((cell) => cell.text !== '') ?? cells[0])?.line ?? (lines[start] as SourceLine).line
    rows.push({line: lineNumber, text: `| ${cells.map((cell) => cell.text).join(' | ')} |`})
  }
  return {start, end, columns: best.columns, rows}
}

/**
 * Split the gaps into rows of `columns` cells where it can: a row ends at any gap, and the next row
 * starts after an empty gap (the one between a row's closing "|" and the next row's opening "|").
 * Each row that is not `columns` wide costs the difference, plus one (a header whose merged cells were
 * dropped shows up as such a row); the split of least cost is found by dynamic programming from the
 * end. Null when the gaps cannot be split (a row boundary must fall on an empty gap).
 */
/** More rows of their width, less what the others are; then the least cost of the others. */
function isBetter(split: Split, best: Split): boolean {
  const score = split.regular - split.irregular
  const bestScore = best.regular - best.irregular
  return score > bestScore || (score === bestScore && split.cost < best.cost)
}

/** Rows found for a column count: where each starts, how many are that wide, what the others cost. */
interface Split {
  /** Gap index where each row starts, and one past the end. */
  readonly bounds: number[]
  /** Rows `columns` wide, and the others. */
  readonly regular: number
  readonly irregular: number
  readonly cost: number
}

function splitRows(gaps: readonly Cell[], columns: number): Split | null {
  const count = gaps.length
  // best[i]: the least cost of splitting gaps[i..] into rows, a row starting at i; next[i]: where the next row starts.
  const best = new Float64Array(count + 2).fill(Number.POSITIVE_INFINITY)
  const next = new Int32Array(count + 2).fill(-1)
  best[count] = 0
  for (let from = count - 1; from >= 0; from--) {
    // A row of `width` cells is gaps[from, from + width): it ends the run, or the gap after it is empty.
    const widest = Math.min(count - from, columns * 2)
    for (let width = 1; width <= widest; width++) {
      const after = from + width
      let rest: number
      if (after === count) rest = 0
      else if ((gaps[after] as Cell).text === '' && after + 1 <= count) rest = best[after + 1] as number
      else continue
      const cost = (width === columns ? 0 : Math.abs(width - columns) + 1) + rest
      if (cost < (best[from] as number)) {
        best[from] = cost
        next[from] = after === count ? count + 1 : after + 1
      }
    }
  }
  if (!Number.isFinite(best[0] as number)) return null
  const bounds: number[] = [0]
  let regular = 0
  let irregular = 0
  for (let at = 0; at < count; ) {
    const from = at
    at = next[at] as number
    // (`at` is one past the gap after the row, or count + 1 after the last row)
    if (at - from - 1 === columns) regular++
    else irregular++
    bounds.push(at)
  }
  return {bounds, regular, irregular, cost: best[0] as number}
}

/** `lines` with the flattened tables among them read back into rows (`findFlatTables`), each noted on `file`. */
export function readFlatTables(lines: readonly SourceLine[], file: VFile): readonly SourceLine[] {
  const tables = findFlatTables(lines)
  for (const table of tables) {
    const rows = `${table.rows.length} row${table.rows.length === 1 ? '' : 's'}`
    report(file, 'flat-table', `Table written one cell per line, read as ${rows} of ${table.columns} cells`, {line: (lines[table.start] as SourceLine).line, severity: 'info'})
  }
  return rejoinFlatTables(lines, tables)
}

/**
 * `lines` with each flattened table's lines replaced by its rows (the same array when there is none).
 * Line numbers are kept: a row is numbered as its first line, and the other lines of the table are
 * left out.
 */
export function rejoinFlatTables(lines: readonly SourceLine[], tables: readonly FlatTable[]): readonly SourceLine[] {
  if (tables.length === 0) return lines
  const result: SourceLine[] = []
  let index = 0
  for (const table of tables) {
    while (index < table.start) result.push(lines[index++] as SourceLine)
    for (const row of table.rows) result.push(row)
    index = table.end
  }
  while (index < lines.length) result.push(lines[index++] as SourceLine)
  return result
}
