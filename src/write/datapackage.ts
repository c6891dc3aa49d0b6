/**
 * The `datapackage.json` of a folder of CSV tables (written by `formatDelimited` with `delimiter: ','`; a
 * BOM, if any, is skipped by Frictionless readers): a Frictionless Tabular Data Package
 * (https://specs.frictionlessdata.io/tabular-data-package/) with a Table Schema per table, built from the
 * same field lists as the CSV headers. Pure and deterministic: no timestamps, no absolute paths, resources
 * in the order of `TABLE_NAMES`.
 */
import {LINE_TERMINATORS} from './delimited.js'
import {type Field, TABLE_NAMES, TABLES, type TableName} from './tables.js'

export interface DataPackageTable {
  readonly name: TableName
  /** POSIX path of the CSV file relative to `datapackage.json`, e.g. "targets.csv". */
  readonly path: string
  /** Number of data rows (header excluded); written as `stats.rows` when given. */
  readonly rowCount?: number
}

export interface DataPackageOptions {
  /** Package name: lower case letters, digits, `-`, `_`, `.` (Frictionless). */
  readonly name: string
  readonly title?: string
  readonly description?: string
  readonly version?: string
}

/** The dialect `formatDelimited` writes with `delimiter: ','`. */
export interface CsvDialect {
  readonly delimiter: ','
  readonly lineTerminator: (typeof LINE_TERMINATORS)[',']
  readonly quoteChar: '"'
  readonly doubleQuote: true
  readonly header: true
}

export interface DataResource {
  readonly profile: 'tabular-data-resource'
  readonly name: TableName
  readonly path: string
  readonly description: string
  readonly format: 'csv'
  readonly mediatype: 'text/csv'
  readonly encoding: 'utf-8'
  readonly dialect: CsvDialect
  readonly schema: {readonly fields: readonly Field[]; readonly missingValues: readonly ['']}
  readonly stats?: {readonly rows: number}
}

export interface DataPackage {
  readonly profile: 'tabular-data-package'
  readonly name: string
  readonly title?: string
  readonly description?: string
  readonly version?: string
  readonly resources: readonly DataResource[]
}

const PACKAGE_NAME = /^[a-z0-9][a-z0-9._-]*$/

/**
 * Describe the given tables as a data package. Throws a `TypeError` for an invalid package name, a table
 * listed twice, a path that is absolute or leaves the folder, or a row count that is not a whole number.
 */
export function buildDataPackage(tables: readonly DataPackageTable[], options: Readonly<DataPackageOptions>): DataPackage {
  if (!PACKAGE_NAME.test(options.name)) throw new TypeError(`package name must match ${PACKAGE_NAME}, got ${JSON.stringify(options.name)}`)
  const seen = new Set<TableName>()
  for (const table of tables) {
    if (!TABLE_NAMES.includes(table.name)) throw new TypeError(`unknown table ${JSON.stringify(table.name)}; expected one of ${TABLE_NAMES.join(', ')}`)
    if (seen.has(table.name)) throw new TypeError(`table "${table.name}" is listed twice`)
    seen.add(table.name)
    checkPath(table.path)
    if (table.rowCount !== undefined && !(Number.isSafeInteger(table.rowCount) && table.rowCount >= 0)) {
      throw new TypeError(`rowCount of "${table.name}" must be a whole number, got ${table.rowCount}`)
    }
  }
  const dialect: CsvDialect = {
    delimiter: ',',
    lineTerminator: LINE_TERMINATORS[','],
    quoteChar: '"',
    doubleQuote: true,
    header: true
  }
  const resources = [...tables]
    .sort((a, b) => TABLE_NAMES.indexOf(a.name) - TABLE_NAMES.indexOf(b.name))
    .map((table): DataResource => {
      const resource: DataResource = {
        profile: 'tabular-data-resource',
        name: table.name,
        path: table.path,
        description: TABLES[table.name].description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect,
        schema: {fields: TABLES[table.name].fields, missingValues: ['']}
      }
      return table.rowCount === undefined ? resource : {...resource, stats: {rows: table.rowCount}}
    })
  return {
    profile: 'tabular-data-package',
    name: options.name,
    ...(options.title === undefined ? {} : {title: options.title}),
    ...(options.description === undefined ? {} : {description: options.description}),
    ...(options.version === undefined ? {} : {version: options.version}),
    resources
  }
}

/** Frictionless forbids absolute paths and `..` (a package must not point outside its folder). */
function checkPath(path: string): void {
  const segments = path.split('/')
  if (path === '' || path.startsWith('/') || path.includes('\\') || /^[a-z][a-z0-9+.-]*:/i.test(path) || segments.includes('..') || segments.includes('')) {
    throw new TypeError(`resource path must be a relative POSIX path inside the package folder, got ${JSON.stringify(path)}`)
  }
}
