/**
 * A small validator of Frictionless Table Schemas against the CSV they describe: field names unique,
 * types from the allowed set, every row has every field, every cell casts to its field's type.
 */
import type {DataResource} from '../../src/write/datapackage.js'

/** The types of the Table Schema specification. */
const TABLE_SCHEMA_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any']

/** Read CSV text with the given dialect (RFC 4180 quoting). */
export function parseCsv(text: string, dialect: DataResource['dialect']): string[][] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  const rows: string[][] = []
  let cells: string[] = []
  let cell = ''
  let index = 0
  while (index < body.length) {
    if (body.startsWith(dialect.quoteChar, index) && cell === '') {
      let end = body.indexOf('"', index + 1)
      while (end !== -1 && body.startsWith('""', end)) end = body.indexOf('"', end + 2)
      if (end === -1) throw new Error(`unclosed quote at ${index}`)
      cell = body.slice(index + 1, end).replaceAll('""', '"')
      index = end + 1
    } else if (body.startsWith(dialect.delimiter, index)) {
      cells.push(cell)
      cell = ''
      index += dialect.delimiter.length
    } else if (body.startsWith(dialect.lineTerminator, index)) {
      cells.push(cell)
      rows.push(cells)
      cells = []
      cell = ''
      index += dialect.lineTerminator.length
    } else {
      cell += body.charAt(index)
      index += 1
    }
  }
  if (cell !== '' || cells.length > 0) rows.push([...cells, cell])
  return rows
}

/** Whether a CSV cell casts to a Table Schema type (default formats, default true/false values). */
export function castsTo(type: string, cell: string): boolean {
  switch (type) {
    case 'string':
      return true
    case 'integer':
      return /^[+-]?\d+$/.test(cell)
    case 'number':
      return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(cell) || ['NaN', 'INF', '-INF'].includes(cell)
    case 'boolean':
      return ['true', 'True', 'TRUE', '1', 'false', 'False', 'FALSE', '0'].includes(cell)
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(cell) && !Number.isNaN(Date.parse(`${cell}T00:00:00Z`)) && new Date(`${cell}T00:00:00Z`).toISOString().startsWith(cell)
    default:
      return false
  }
}

/** The problems of a Table Schema and of the CSV text it describes; none when valid. */
export function validateResource(resource: DataResource, text: string): string[] {
  const problems: string[] = []
  const {fields, missingValues} = resource.schema
  if (fields.length === 0) problems.push('schema has no fields')
  const names = fields.map((field) => field.name)
  if (new Set(names).size !== names.length) problems.push(`field names are not unique: ${names.join(',')}`)
  for (const field of fields) {
    if (typeof field.name !== 'string' || field.name === '') problems.push('a field has no name')
    if (!TABLE_SCHEMA_TYPES.includes(field.type)) problems.push(`field ${field.name}: unknown type ${field.type}`)
    if (typeof field.description !== 'string') problems.push(`field ${field.name}: description is not a string`)
    if (field.constraints && !field.constraints.enum.every((value) => typeof value === 'string' && castsTo(field.type, value))) problems.push(`field ${field.name}: bad enum`)
  }
  const [header, ...rows] = parseCsv(text, resource.dialect)
  if (JSON.stringify(header) !== JSON.stringify(names)) problems.push(`header ${JSON.stringify(header)} is not the field list`)
  rows.forEach((cells, index) => {
    if (cells.length !== fields.length) problems.push(`row ${index + 2}: ${cells.length} cells for ${fields.length} fields`)
    fields.forEach((field, column) => {
      const cell = cells[column]
      if (cell === undefined || missingValues.includes(cell as '')) return
      if (!castsTo(field.type, cell)) problems.push(`row ${index + 2}, ${field.name}: ${JSON.stringify(cell)} is not a ${field.type}`)
      else if (field.constraints && !field.constraints.enum.includes(cell)) problems.push(`row ${index + 2}, ${field.name}: ${JSON.stringify(cell)} is not in the enum`)
    })
  })
  if (resource.stats && resource.stats.rows !== rows.length) problems.push(`stats.rows is ${resource.stats.rows}, the file has ${rows.length} rows`)
  return problems
}

