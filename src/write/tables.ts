/**
 * Flat tables of a document record, for spreadsheets and Frictionless data packages. No I/O.
 *
 * Each table is one list of columns: name, Frictionless type, description, and how to read the value from
 * the record. The CSV header, the rows and the Table Schema of `datapackage.json` all come from that one
 * list, so they cannot disagree.
 *
 * Every row starts with the columns that identify its document (`sourcePath`, `documentNumber`,
 * `locality`, `planYear`), so the tables of many files stack. Rows follow the order of the record (which
 * is the order of the text); columns follow the order below. Arrays (footnote labels, legal bases, flags,
 * annex cells) are joined with `;` (an entry that itself holds `;` cannot be told apart: use the JSON
 * record when that matters).
 */
import type {AppendixRow, DocumentRecord, Footnote, Indicator, Target, Task} from '../schema.js'
import {ADMIN_LEVELS, COMPARATORS, DIRECTIONS, DOCUMENT_KINDS} from '../schema-values.js'

export type TableName = 'documents' | 'indicators' | 'targets' | 'tasks' | 'footnotes' | 'appendix'

/** The tables, in the order they are listed and written. */
export const TABLE_NAMES: readonly TableName[] = ['documents', 'indicators', 'targets', 'tasks', 'footnotes', 'appendix']

/** The Frictionless Table Schema types the tables use. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date'

/** One column: its header, its Frictionless type and what it holds. */
export interface Field {
  readonly name: string
  readonly type: FieldType
  readonly description: string
  /** Frictionless constraints; `enum` lists every value a non-empty cell can take. */
  readonly constraints?: {readonly enum: readonly string[]}
}

/** A cell: `null` is an empty cell. Numbers are JS numbers, dates ISO `YYYY-MM-DD` strings. */
export type Cell = string | number | boolean | null

/** One row: a value for every field of its table, keys in field order. */
export type Row = Readonly<Record<string, Cell>>

export interface TableSchema {
  readonly description: string
  readonly fields: readonly Field[]
}

/** Everything a column reads from: the record, and the item of the row (the record itself for `documents`). */
interface Context<T> {
  readonly record: DocumentRecord
  readonly item: T
}

type Column<T> = Field &
  (
    | {readonly type: 'string' | 'date'; readonly get: (context: Context<T>) => string | null}
    | {readonly type: 'integer' | 'number'; readonly get: (context: Context<T>) => number | null}
    | {readonly type: 'boolean'; readonly get: (context: Context<T>) => boolean | null}
  )

interface TableDefinition<T> {
  readonly description: string
  readonly columns: ReadonlyArray<Column<T>>
  readonly items: (record: DocumentRecord) => readonly T[]
}

interface TargetItem {
  readonly indicator: Indicator
  readonly target: Target
  readonly index: number
}

function join(values: readonly string[]): string {
  return values.join(';')
}

function enumOf(values: ReadonlyArray<string | null>): {readonly enum: readonly string[]} {
  return {enum: values.filter((value): value is string => value !== null)}
}

/** The columns that open every row: they identify the document the row comes from. */
function documentColumns<T>(): Array<Column<T>> {
  return [
    {name: 'sourcePath', type: 'string', description: 'path of the source file as given to the tool (`<stdin>` for standard input)', get: ({record}) => record.source.path},
    {name: 'documentNumber', type: 'string', description: 'the "Số:" value of the document, e.g. "412/NQ-HĐND"; empty when absent or left blank', get: ({record}) => record.document.number},
    {name: 'locality', type: 'string', description: 'the locality the document is about, e.g. "Hưng Yên"', get: ({record}) => record.document.locality},
    {name: 'planYear', type: 'integer', description: 'the year the plan is for', get: ({record}) => record.document.planYear}
  ]
}

const comparators = enumOf(COMPARATORS)
const directions = enumOf(DIRECTIONS)

const documents: TableDefinition<DocumentRecord> = {
  description: 'One row per document: header metadata and counts.',
  items: (record) => [record],
  columns: [
    ...documentColumns<DocumentRecord>(),
    {name: 'sha256', type: 'string', description: 'SHA-256 of the source bytes, lower-case hex', get: ({record}) => record.source.sha256},
    {name: 'bytes', type: 'integer', description: 'size of the source file in bytes', get: ({record}) => record.source.bytes},
    {name: 'encoding', type: 'string', description: 'encoding the source was decoded from, e.g. "utf-8", "tcvn3"', get: ({record}) => record.source.encoding},
    {name: 'schemaVersion', type: 'string', description: 'version of the record format the row was made from', get: ({record}) => record.schemaVersion},
    {name: 'kind', type: 'string', description: 'resolution (Nghị quyết), report (Báo cáo) or unknown', constraints: enumOf(DOCUMENT_KINDS), get: ({record}) => record.document.kind},
    {name: 'draft', type: 'boolean', description: 'true when the text says DỰ THẢO', get: ({record}) => record.document.draft},
    {name: 'title', type: 'string', description: 'the subject line, e.g. "Về nhiệm vụ phát triển kinh tế - xã hội năm 2024"', get: ({record}) => record.document.title},
    {name: 'issuer', type: 'string', description: 'the body that issued the document, e.g. "Hội đồng nhân dân tỉnh Hưng Yên"', get: ({record}) => record.document.issuer},
    {name: 'adminLevel', type: 'string', description: 'administrative level of the locality', constraints: enumOf(ADMIN_LEVELS), get: ({record}) => record.document.adminLevel},
    {name: 'place', type: 'string', description: 'place name of the place-and-date line', get: ({record}) => record.document.place},
    {name: 'issuedOn', type: 'date', description: 'date of the place-and-date line', get: ({record}) => record.document.issuedOn},
    {name: 'adoptedOn', type: 'date', description: 'date the council adopted the resolution', get: ({record}) => record.document.adoptedOn},
    {name: 'term', type: 'string', description: 'term (khóa) of the council, Roman numerals', get: ({record}) => record.document.term},
    {name: 'session', type: 'integer', description: 'session number (kỳ họp thứ N)', get: ({record}) => record.document.session},
    {name: 'legalBases', type: 'string', description: 'instruments cited in the "Căn cứ …" preamble, joined with ";"', get: ({record}) => join(record.document.legalBases)},
    {name: 'sectionCount', type: 'integer', description: 'number of sections (headings)', get: ({record}) => record.sections.length},
    {name: 'indicatorCount', type: 'integer', description: 'number of rows of this document in the indicators table', get: ({record}) => record.indicators.length},
    {name: 'targetCount', type: 'integer', description: 'number of rows of this document in the targets table', get: ({record}) => record.indicators.reduce((sum, indicator) => sum + indicator.targets.length, 0)},
    {name: 'taskCount', type: 'integer', description: 'number of rows of this document in the tasks table', get: ({record}) => record.tasks.length},
    {name: 'footnoteCount', type: 'integer', description: 'number of rows of this document in the footnotes table', get: ({record}) => record.footnotes.length},
    {name: 'appendixRowCount', type: 'integer', description: 'number of rows of this document in the appendix table', get: ({record}) => record.appendix.length},
    {name: 'errorCount', type: 'integer', description: 'number of error diagnostics', get: ({record}) => record.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length},
    {name: 'warningCount', type: 'integer', description: 'number of warning diagnostics', get: ({record}) => record.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length}
  ]
}

const indicators: TableDefinition<Indicator> = {
  description: 'One row per numbered target indicator (chỉ tiêu).',
  items: (record) => record.indicators,
  columns: [
    ...documentColumns<Indicator>(),
    {name: 'id', type: 'string', description: 'record id of the indicator, stable across runs, e.g. "003_c591#ind-3"', get: ({item}) => item.id},
    {name: 'label', type: 'string', description: 'the number of the indicator as written, e.g. "(3)"', get: ({item}) => item.label},
    {name: 'group', type: 'string', description: 'the group heading the indicator is listed under, e.g. "Về kinh tế"', get: ({item}) => item.group},
    {name: 'sectionId', type: 'string', description: 'record id of the section holding the indicator', get: ({item}) => item.sectionId},
    {name: 'line', type: 'integer', description: '1-based line of the indicator in the source file', get: ({item}) => item.line},
    {name: 'text', type: 'string', description: 'text of the indicator', get: ({item}) => item.text},
    {name: 'targetCount', type: 'integer', description: 'number of targets read from the text (rows in the targets table)', get: ({item}) => item.targets.length},
    {name: 'footnotes', type: 'string', description: 'labels of the footnotes referenced, joined with ";"', get: ({item}) => join(item.footnotes)}
  ]
}

const targets: TableDefinition<TargetItem> = {
  description: 'One row per target (parsed figure) of an indicator: filter on metric and unit, sum normalizedValue.',
  items: (record) => record.indicators.flatMap((indicator) => indicator.targets.map((target, index) => ({indicator, target, index: index + 1}))),
  columns: [
    ...documentColumns<TargetItem>(),
    {name: 'indicatorId', type: 'string', description: 'record id of the indicator the target belongs to (the id column of the indicators table)', get: ({item}) => item.indicator.id},
    {name: 'targetIndex', type: 'integer', description: '1-based position of the target within its indicator', get: ({item}) => item.index},
    {name: 'indicatorLabel', type: 'string', description: 'the number of the indicator as written, e.g. "(3)"', get: ({item}) => item.indicator.label},
    {name: 'group', type: 'string', description: 'the group heading the indicator is listed under', get: ({item}) => item.indicator.group},
    {name: 'metric', type: 'string', description: 'short name of what is measured', get: ({item}) => item.target.metric},
    {name: 'comparator', type: 'string', description: 'eq: đạt/là/bare number; gt: trên/hơn/vượt; gte: từ … trở lên; lt: dưới/không quá; lte: tối đa; approx: khoảng; range: X-Y', constraints: comparators, get: ({item}) => item.target.comparator},
    {name: 'direction', type: 'string', description: 'increase/decrease where tăng/giảm wording governs the figure; empty otherwise', constraints: directions, get: ({item}) => item.target.direction},
    {name: 'value', type: 'number', description: 'the figure as written, for comparators other than range', get: ({item}) => item.target.value},
    {name: 'min', type: 'number', description: 'lower bound, for range', get: ({item}) => item.target.min},
    {name: 'max', type: 'number', description: 'upper bound, for range', get: ({item}) => item.target.max},
    {name: 'unit', type: 'string', description: 'unit as written, with its scale word: "%", "tỷ đồng", "triệu đồng/người/năm"', get: ({item}) => item.target.unit},
    {name: 'denominator', type: 'number', description: 'for ratios such as "52/52 thôn": the denominator', get: ({item}) => item.target.denominator},
    {name: 'normalizedValue', type: 'number', description: 'value with the scale word applied (1.600 tỷ đồng -> 1600000000000 đồng), in normalizedUnit', get: ({item}) => item.target.normalized?.value ?? null},
    {name: 'normalizedMin', type: 'number', description: 'min with the scale word applied, in normalizedUnit', get: ({item}) => item.target.normalized?.min ?? null},
    {name: 'normalizedMax', type: 'number', description: 'max with the scale word applied, in normalizedUnit', get: ({item}) => item.target.normalized?.max ?? null},
    {name: 'normalizedUnit', type: 'string', description: 'base unit of the normalized figures, e.g. "đồng", "tấn", "%"', get: ({item}) => item.target.normalized?.unit ?? null},
    {name: 'raw', type: 'string', description: 'the span of the text the target was read from', get: ({item}) => item.target.raw},
    {name: 'flags', type: 'string', description: 'reading notes joined with ";", e.g. "ambiguous-separator"', get: ({item}) => join(item.target.flags)},
    {name: 'line', type: 'integer', description: '1-based line of the indicator in the source file', get: ({item}) => item.indicator.line}
  ]
}

const tasks: TableDefinition<Task> = {
  description: 'One row per task or solution (nhiệm vụ, giải pháp).',
  items: (record) => record.tasks,
  columns: [
    ...documentColumns<Task>(),
    {name: 'id', type: 'string', description: 'record id of the task, stable across runs, e.g. "003_c591#task-5"', get: ({item}) => item.id},
    {name: 'label', type: 'string', description: 'the number of the task as written, e.g. "2.1"', get: ({item}) => item.label},
    {name: 'group', type: 'string', description: 'the group heading the task is listed under', get: ({item}) => item.group},
    {name: 'sectionId', type: 'string', description: 'record id of the section holding the task', get: ({item}) => item.sectionId},
    {name: 'line', type: 'integer', description: '1-based first line of the task in the source file', get: ({item}) => item.line},
    {name: 'endLine', type: 'integer', description: '1-based last line of the task in the source file', get: ({item}) => item.endLine},
    {name: 'title', type: 'string', description: 'the first sentence or heading of the task', get: ({item}) => item.title},
    {name: 'text', type: 'string', description: 'full text of the task (may span several lines)', get: ({item}) => item.text},
    {name: 'footnotes', type: 'string', description: 'labels of the footnotes referenced, joined with ";"', get: ({item}) => join(item.footnotes)}
  ]
}

const footnotes: TableDefinition<Footnote> = {
  description: 'One row per footnote body found in the text.',
  items: (record) => record.footnotes,
  columns: [
    ...documentColumns<Footnote>(),
    {name: 'label', type: 'string', description: 'the footnote marker, e.g. "12"', get: ({item}) => item.label},
    {name: 'line', type: 'integer', description: '1-based line of the footnote body in the source file', get: ({item}) => item.line},
    {name: 'text', type: 'string', description: 'text of the footnote', get: ({item}) => item.text},
    {name: 'refs', type: 'string', description: 'where the marker is referenced, as "line:column" (or "line") joined with ";"', get: ({item}) => join(item.refs.map((ref) => (ref.column === null ? `${ref.line}` : `${ref.line}:${ref.column}`)))}
  ]
}

const appendix: TableDefinition<AppendixRow> = {
  description: 'One row per row of an annex table (phụ lục), e.g. plan against actual.',
  items: (record) => record.appendix,
  columns: [
    ...documentColumns<AppendixRow>(),
    {name: 'label', type: 'string', description: 'the row number as written', get: ({item}) => item.label},
    {name: 'line', type: 'integer', description: '1-based line of the row in the source file', get: ({item}) => item.line},
    {name: 'table', type: 'string', description: 'title of the annex table the row belongs to', get: ({item}) => item.table},
    {name: 'name', type: 'string', description: 'the indicator or item the row is about', get: ({item}) => item.name},
    {name: 'unit', type: 'string', description: 'unit column as written', get: ({item}) => item.unit},
    {name: 'plan', type: 'string', description: 'planned figure as written (kế hoạch)', get: ({item}) => item.plan},
    {name: 'actual', type: 'string', description: 'achieved or estimated figure as written (thực hiện, ước thực hiện)', get: ({item}) => item.actual},
    {name: 'assessment', type: 'string', description: 'assessment as written, e.g. "Không đạt KH"', get: ({item}) => item.assessment},
    {name: 'cells', type: 'string', description: 'all cells of the row as written, joined with ";"', get: ({item}) => join(item.cells)},
    {name: 'footnotes', type: 'string', description: 'labels of the footnotes referenced, joined with ";"', get: ({item}) => join(item.footnotes)}
  ]
}

/** A table with its item type closed over: its schema and a function from a record to its rows. */
interface Table extends TableSchema {
  readonly rows: (record: DocumentRecord) => Row[]
}

function defineTable<T>(definition: TableDefinition<T>): Table {
  const {description, columns, items} = definition
  return {
    description,
    fields: columns.map((column): Field => {
      const field: Field = {name: column.name, type: column.type, description: column.description}
      return column.constraints === undefined ? field : {...field, constraints: column.constraints}
    }),
    rows: (record) =>
      items(record).map((item) => {
        const row: Record<string, Cell> = {}
        for (const column of columns) row[column.name] = column.get({record, item})
        return row
      })
  }
}

const DEFINED: {readonly [Name in TableName]: Table} = {
  documents: defineTable(documents),
  indicators: defineTable(indicators),
  targets: defineTable(targets),
  tasks: defineTable(tasks),
  footnotes: defineTable(footnotes),
  appendix: defineTable(appendix)
}

/** The description and the fields (columns, in order) of each table. */
export const TABLES: {readonly [Name in TableName]: TableSchema} = Object.fromEntries(
  TABLE_NAMES.map((name): [TableName, TableSchema] => [name, {description: DEFINED[name].description, fields: DEFINED[name].fields}])
) as {readonly [Name in TableName]: TableSchema}

/** Whether `value` names a table (for validating a `--table` option). */
export function isTableName(value: string): value is TableName {
  return (TABLE_NAMES as readonly string[]).includes(value)
}

/** The rows of one table for one record, in the order of the text; every row has every field of the table. */
export function toRows(record: DocumentRecord, table: TableName): Row[] {
  return DEFINED[table].rows(record)
}
