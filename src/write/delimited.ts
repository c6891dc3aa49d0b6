/**
 * CSV and TSV text of a table (csv-stringify's sync API). No I/O.
 *
 * - Quoting follows RFC 4180: a cell holding the delimiter, a double quote, CR or LF is put in double
 *   quotes, and its double quotes are doubled.
 * - Lines end with CRLF in CSV (RFC 4180, and the Frictionless default dialect) and with LF in TSV (the
 *   Unix convention that `cut`, `awk` and paste targets expect). The last line ends with its terminator too.
 * - `null` is an empty cell; numbers are written in plain JS form (`1.5`, `-2`, `1600000000000`, never a
 *   locale format); booleans as `true`/`false`.
 * - Formula injection (OWASP "CSV injection"): a cell of a text column (type `string` or `date`) that starts
 *   with `=`, `+`, `-`, `@`, a tab or a CR gets a single quote `'` in front, so a spreadsheet shows it as
 *   text instead of running it. Cells of `number` and `integer` columns are never changed: `-1.5` stays `-1.5`.
 * - TSV: a tab, CR or LF inside a cell becomes one space (after the formula check), so every line is one row.
 *   A cell holding a double quote is still quoted as above, as spreadsheets expect when pasting.
 * - `bom` puts a UTF-8 byte-order mark (U+FEFF) first, so Excel reads the text as UTF-8.
 */
import {stringify} from 'csv-stringify/sync'
import type {Cell, Field, Row} from './tables.js'

export type Delimiter = ',' | '\t'

export interface DelimitedOptions {
  readonly delimiter: Delimiter
  readonly bom: boolean
  /** Write the header row (default true); false to append rows to a file already started. */
  readonly header?: boolean
}

/** The characters that make a spreadsheet read a cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/

/** The line terminator written for each delimiter: CRLF for CSV, LF for TSV. */
export const LINE_TERMINATORS = {',': '\r\n', '\t': '\n'} as const satisfies Record<Delimiter, string>

/** Prefix `'` to text a spreadsheet would run as a formula; other text is returned as is. */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/**
 * The delimited text of a table: a header row with the field names, then one line per row.
 * Throws a `TypeError` for a bad option, a row without one of the fields, or a cell whose JS type does not
 * match the type of its field (a number in a `string` column, text in a `number` column, 1.5 in an `integer`
 * column, a non-finite number), so the text never contradicts the Table Schema of its fields.
 */
export function formatDelimited(fields: readonly Field[], rows: readonly Row[], options: Readonly<DelimitedOptions>): string {
  const {delimiter, bom} = options
  if (delimiter !== ',' && delimiter !== '\t') throw new TypeError(`delimiter must be "," or "\\t", got ${JSON.stringify(delimiter)}`)
  if (typeof bom !== 'boolean') throw new TypeError(`bom must be a boolean, got ${JSON.stringify(bom)}`)
  const header = fields.map((field) => field.name)
  const records = rows.map((row, index) => fields.map((field) => formatCell(field, row, index, delimiter)))
  if (options.header === false && records.length === 0) return ''
  return stringify(options.header === false ? records : [header, ...records], {
    delimiter,
    bom,
    record_delimiter: LINE_TERMINATORS[delimiter],
    // csv-stringify stops quoting a lone CR or LF once record_delimiter is set; RFC 4180 quotes any line break.
    quote_record_delimiter: true,
    eof: true,
    quote: '"',
    escape: '"',
    cast: {boolean: (value) => (value ? 'true' : 'false'), number: (value) => String(value)}
  })
}

function formatCell(field: Field, row: Row, index: number, delimiter: Delimiter): string | number | boolean | null {
  if (!Object.hasOwn(row, field.name)) throw new TypeError(`row ${index + 1} has no field "${field.name}"`)
  const value: Cell | undefined = row[field.name]
  if (value === null || value === undefined) return null
  const expected = field.type === 'number' || field.type === 'integer' ? 'number' : field.type === 'boolean' ? 'boolean' : 'string'
  if (typeof value !== expected) throw new TypeError(`row ${index + 1}, field "${field.name}" (${field.type}): expected a ${expected}, got ${JSON.stringify(value)}`)
  if (typeof value === 'number' && !(field.type === 'integer' ? Number.isSafeInteger(value) : Number.isFinite(value))) {
    throw new TypeError(`row ${index + 1}, field "${field.name}" (${field.type}): ${value} is not ${field.type === 'integer' ? 'an integer' : 'a finite number'}`)
  }
  if (typeof value !== 'string') return value
  const escaped = escapeFormula(value)
  return delimiter === '\t' ? escaped.replace(/\r\n|[\t\n\r]/g, ' ') : escaped
}
