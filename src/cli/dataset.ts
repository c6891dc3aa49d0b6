/**
 * Write a self-describing dataset into a directory: one CSV per table (documents, indicators, targets,
 * tasks, footnotes, appendix) and a Frictionless `datapackage.json`.
 *
 * Rows (formatted by the workers, see job.ts) are appended to temporary files as records arrive, so
 * memory stays bounded by one record; the files are renamed into place only when the run finishes.
 * Everything is synchronous, so that a signal handler can remove the temporary files at any moment.
 */
import {randomBytes} from 'node:crypto'
import {closeSync, openSync, renameSync, rmSync, writeSync} from 'node:fs'
import {join} from 'node:path'
import {buildDataPackage} from '../write/datapackage.js'
import {formatDelimited} from '../write/delimited.js'
import {TABLE_NAMES, TABLES, type TableName} from '../write/tables.js'
import {writeFileAtomicSync} from './write.js'

export const DATAPACKAGE_FILE = 'datapackage.json'

/** What a worker sends for one record in dataset mode: each table's rows (CSV, no header) and their count. */
export interface DatasetRows {
  readonly rows: Readonly<Record<TableName, string>>
  readonly counts: Readonly<Record<TableName, number>>
}

interface OpenTable {
  readonly name: TableName
  readonly path: string
  readonly temporary: string
  readonly fd: number
  rows: number
}

export class DatasetWriter {
  readonly #directory: string
  readonly #tables: OpenTable[]
  #closed = false

  /** Start the table files (headers written) in `directory`, which must exist. */
  constructor(directory: string, options: {readonly bom: boolean}) {
    this.#directory = directory
    const tag = `${process.pid}.${randomBytes(4).toString('hex')}`
    this.#tables = []
    try {
      for (const name of TABLE_NAMES) {
        const path = `${name}.csv`
        const temporary = join(directory, `.${path}.${tag}.tmp`)
        const fd = openSync(temporary, 'w')
        this.#tables.push({name, path, temporary, fd, rows: 0})
        writeSync(fd, formatDelimited(TABLES[name].fields, [], {delimiter: ',', bom: options.bom}))
      }
    } catch (error) {
      this.abort()
      throw error
    }
  }

  /** Append one record's rows to every table. */
  add(record: DatasetRows): void {
    for (const table of this.#tables) {
      const text = record.rows[table.name]
      if (text) writeSync(table.fd, text)
      table.rows += record.counts[table.name]
    }
  }

  /** Close the tables, move them into place and write the data package that describes them. */
  finish(): string[] {
    this.#close()
    for (const table of this.#tables) renameSync(table.temporary, join(this.#directory, table.path))
    const datapackage = buildDataPackage(
      this.#tables.map((table) => ({name: table.name, path: table.path, rowCount: table.rows})),
      {name: 'resolution-extract-dataset', title: 'Vietnamese socio-economic plan resolutions and reports, extracted'}
    )
    writeFileAtomicSync(join(this.#directory, DATAPACKAGE_FILE), `${JSON.stringify(datapackage, null, 2)}\n`)
    return [...this.#tables.map((table) => table.path), DATAPACKAGE_FILE]
  }

  /** Give up (also from a signal handler): close and remove the temporary files. */
  abort(): void {
    this.#close()
    for (const table of this.#tables) rmSync(table.temporary, {force: true})
  }

  #close(): void {
    if (this.#closed) return
    this.#closed = true
    for (const table of this.#tables) closeSync(table.fd)
  }
}
