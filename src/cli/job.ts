/**
 * One input from bytes to output: read the file (bounded by --max-bytes), extract its record,
 * serialise it in the shape the output needs. Runs in the worker threads, and in-process with
 * --jobs 1 --timeout-ms 0. Never throws: every failure is an outcome with a stable code.
 */
import {closeSync, fstatSync, openSync, readSync} from 'node:fs'
import {extract, fileStem, InputError, InvalidRecordError} from '../extract.js'
import type {Diagnostic, DocumentRecord} from '../schema.js'
import {type Delimiter, formatDelimited} from '../write/delimited.js'
import {TABLE_NAMES, TABLES, type TableName, toRows} from '../write/tables.js'
import type {DatasetRows} from './dataset.js'
import {describeReadError, type Failure, tooLarge} from './failures.js'

/**
 * How a record is serialised: `element` is its 2-space-indented JSON indented once more, as an element
 * of the default JSON array; `line` is compact JSON and a newline (NDJSON); `file` is 2-space-indented
 * JSON and a newline (--out-dir).
 */
export type OutputShape =
  | 'element'
  | 'line'
  | 'file'
  /** `--dataset`: every table's rows, as `DatasetRows` JSON (see dataset.ts). */
  | 'dataset'
  /** `--format csv|tsv --table NAME`: the rows of one table, without the header. */
  | {readonly table: TableName; readonly delimiter: Delimiter}

export interface JobRequest {
  readonly path: string
  readonly shape: OutputShape
  readonly maxBytes: number
  /** The bytes, when the main thread read them (standard input); otherwise the job reads `path`. */
  readonly bytes?: Uint8Array
  /** A buffer whose output was written, for the worker to encode the next outputs into. */
  readonly spare?: ArrayBuffer
}

/** The part of a record the stderr summary shows. */
export interface RecordSummary {
  readonly kind: string
  readonly draft: boolean
  readonly number: string | null
  readonly issuer: string | null
  readonly planYear: number | null
  readonly indicators: number
  readonly tasks: number
  readonly footnotes: number
  readonly annexRows: number
  /** Diagnostics of severity warning or error. */
  readonly warnings: number
  /** All diagnostics, for the compiler-style report on stderr. */
  readonly diagnostics: readonly Diagnostic[]
}

export type JobOutcome =
  | {
      readonly ok: true
      readonly path: string
      /** File name stem for --out-dir: `<name>.json`. */
      readonly name: string
      /** The serialised record (see `OutputShape`). */
      /**
       * The serialised record (see `OutputShape`): a string from `runJob`, UTF-8 bytes once a worker
       * has sent it over (see worker.ts).
       */
      readonly output: string | Uint8Array
      readonly summary: RecordSummary
    }
  | {readonly ok: false; readonly path: string; readonly code: string; readonly message: string}

export function runJob(request: JobRequest): JobOutcome {
  const {path} = request
  const read = request.bytes ?? readBounded(path, request.maxBytes)
  if (!(read instanceof Uint8Array)) return {ok: false, path, ...read}
  try {
    const record = extract({path, bytes: read})
    return {ok: true, path, name: fileStem(path), output: serialise(record, request.shape), summary: summarise(record)}
  } catch (error) {
    if (error instanceof InputError) return {ok: false, path, code: error.code, message: error.message}
    if (error instanceof InvalidRecordError) return {ok: false, path, code: 'invalid-record', message: `${error.message}: ${JSON.stringify(error.issues).slice(0, 300)}`}
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
    return {ok: false, path, code: 'internal-error', message: `internal error (a bug, please report it with this file): ${detail.replace(/\n\s*/g, ' | ')}`}
  }
}

export function serialise(record: DocumentRecord, shape: OutputShape): string {
  if (typeof shape === 'object') return formatTable(record, shape.table, shape.delimiter)
  switch (shape) {
    case 'dataset': {
      const rows = {} as Record<TableName, string>
      const counts = {} as Record<TableName, number>
      for (const table of TABLE_NAMES) {
        const found = toRows(record, table)
        rows[table] = formatDelimited(TABLES[table].fields, found, {delimiter: ',', bom: false, header: false})
        counts[table] = found.length
      }
      return JSON.stringify({rows, counts} satisfies DatasetRows)
    }
    case 'line':
      return `${JSON.stringify(record)}\n`
    case 'file':
      return `${JSON.stringify(record, null, 2)}\n`
    case 'element': {
      // The record as the element of a one-element array is indented once more: cut the "[\n" and "\n]"
      // around it (cheaper than indenting every line of the record's own JSON afterwards).
      const array = JSON.stringify([record], null, 2)
      return array.slice(2, array.length - 2)
    }
  }
}

function summarise(record: DocumentRecord): RecordSummary {
  const {document} = record
  return {
    kind: document.kind,
    draft: document.draft,
    number: document.number,
    issuer: document.issuer,
    planYear: document.planYear,
    indicators: record.indicators.length,
    tasks: record.tasks.length,
    footnotes: record.footnotes.length,
    annexRows: record.appendix.length,
    warnings: record.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info').length,
    diagnostics: record.diagnostics
  }
}

/** The whole file, or a failure; never more than `maxBytes` + 1 bytes are read (0: no limit). */
function readBounded(path: string, maxBytes: number): Uint8Array | Failure {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch (error) {
    return describeReadError(error as NodeJS.ErrnoException)
  }
  try {
    const info = fstatSync(fd)
    if (info.isDirectory()) return describeReadError(Object.assign(new Error('is a directory'), {code: 'EISDIR'}))
    if (maxBytes > 0 && info.size > maxBytes) return tooLarge(info.size, maxBytes, true)
    // Regular files are read to their size; pipes and devices in chunks, up to the limit.
    const limit = maxBytes > 0 ? maxBytes + 1 : Number.MAX_SAFE_INTEGER
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(info.size + 1, 65536), limit - total, 64 * 1024 * 1024))
      const count = readSync(fd, chunk, 0, chunk.length, null)
      if (count === 0) break
      chunks.push(chunk.subarray(0, count))
      total += count
      if (total >= limit) return tooLarge(total, maxBytes, false)
    }
    return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total)
  } catch (error) {
    return describeReadError(error as NodeJS.ErrnoException)
  } finally {
    closeSync(fd)
  }
}

function formatTable(record: DocumentRecord, table: TableName, delimiter: Delimiter): string {
  return formatDelimited(TABLES[table].fields, toRows(record, table), {delimiter, bom: false, header: false})
}
