/**
 * datapackage.json: a Frictionless Tabular Data Package whose Table Schemas describe the CSV files exactly.
 * The validator below checks the Table Schema rules that matter here: field names unique, types from the
 * allowed set, every CSV row has every field, and every cell casts to the type of its field.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {extract} from '../src/extract.js'
import {buildDataPackage, type DataPackage, type DataResource} from '../src/write/datapackage.js'
import {formatDelimited} from '../src/write/delimited.js'
import {TABLE_NAMES, TABLES, toRows} from '../src/write/tables.js'

const directory = fileURLToPath(new URL('../seeds/', import.meta.url))
const records = readdirSync(directory)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => extract({path: `seeds/${name}`, bytes: readFileSync(`${directory}${name}`)}))

/** The types of the Table Schema specification. */
const TABLE_SCHEMA_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any']

/** Read CSV text with the given dialect (RFC 4180 quoting). */
function parseCsv(text: string, dialect: DataResource['dialect']): string[][] {
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
function castsTo(type: string, cell: string): boolean {
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
function validateResource(resource: DataResource, text: string): string[] {
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

/** The dataset of the seeds as `--out-dir --dataset` would write it: one CSV per table and the package. */
function buildDataset(bom = false): {files: Map<string, string>; datapackage: DataPackage} {
  const files = new Map<string, string>()
  const tables = TABLE_NAMES.map((name) => {
    const rows = records.flatMap((record) => toRows(record, name))
    files.set(`${name}.csv`, formatDelimited(TABLES[name].fields, rows, {delimiter: ',', bom}))
    return {name, path: `${name}.csv`, rowCount: rows.length}
  })
  return {files, datapackage: buildDataPackage(tables, {name: 'resolution-seeds', title: 'Seed resolutions'})}
}

describe('buildDataPackage', () => {
  it('should describe a tabular data package with one CSV resource per table', () => {
    const {datapackage} = buildDataset()
    expect(datapackage.profile).toBe('tabular-data-package')
    expect(datapackage.name).toBe('resolution-seeds')
    expect(datapackage.title).toBe('Seed resolutions')
    expect(datapackage.resources.map((resource) => resource.name)).toEqual([...TABLE_NAMES])
    for (const resource of datapackage.resources) {
      expect(resource).toMatchObject({profile: 'tabular-data-resource', path: `${resource.name}.csv`, format: 'csv', mediatype: 'text/csv', encoding: 'utf-8'})
      expect(resource.dialect).toEqual({delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true})
      expect(resource.schema.fields).toEqual(TABLES[resource.name].fields)
    }
  })

  it('should validate against the Table Schema rules, with every CSV row casting to its fields', () => {
    const {files, datapackage} = buildDataset()
    for (const resource of datapackage.resources) {
      const text = files.get(resource.path)
      expect(text, resource.path).toBeDefined()
      expect(validateResource(resource, text ?? ''), resource.name).toEqual([])
      expect(resource.stats?.rows, resource.name).toBeGreaterThan(0)
    }
  })

  it('should validate the files written with a BOM too', () => {
    const {files, datapackage} = buildDataset(true)
    for (const resource of datapackage.resources) expect(validateResource(resource, files.get(resource.path) ?? '')).toEqual([])
  })

  it('should have a validator that catches a bad cell, a short row and a wrong row count', () => {
    const {files, datapackage} = buildDataset()
    const resource = datapackage.resources.find((candidate) => candidate.name === 'targets')
    if (!resource) throw new Error('no targets resource')
    const [header = '', first = ''] = (files.get('targets.csv') ?? '').split('\r\n')
    const bad = `${header}\r\n${first.replace(/,2024,/, ',năm 2024,')}\r\nseeds/x.txt,,,2024\r\n`
    const problems = validateResource(resource, bad)
    expect(problems.some((problem) => problem.includes('planYear') && problem.includes('is not a integer'))).toBe(true)
    expect(problems.some((problem) => problem.includes('4 cells'))).toBe(true)
    expect(problems.some((problem) => problem.includes('stats.rows'))).toBe(true)
  })

  it('should be deterministic: same bytes on every build, resources in table order whatever the input order', () => {
    const tables = TABLE_NAMES.map((name) => ({name, path: `${name}.csv`}))
    const forward = JSON.stringify(buildDataPackage(tables, {name: 'x'}))
    expect(JSON.stringify(buildDataPackage([...tables].reverse(), {name: 'x'}))).toBe(forward)
    expect(JSON.stringify(buildDataset().datapackage)).toBe(JSON.stringify(buildDataset().datapackage))
    expect(forward).not.toMatch(/\d{4}-\d{2}-\d{2}T/)
  })

  it('should write only the optional properties it is given', () => {
    const datapackage = buildDataPackage([{name: 'targets', path: 'data/targets.csv'}], {name: 'plans-2024', version: '1.0.0'})
    expect(Object.keys(datapackage)).toEqual(['profile', 'name', 'version', 'resources'])
    expect(datapackage.resources[0]).not.toHaveProperty('stats')
    expect(datapackage.resources[0]?.path).toBe('data/targets.csv')
  })

  it('should reject a bad package name, a table listed twice, an unsafe path and a bad row count', () => {
    const targets = {name: 'targets', path: 'targets.csv'} as const
    expect(() => buildDataPackage([targets], {name: 'Kế hoạch'})).toThrow(/package name/)
    expect(() => buildDataPackage([targets, targets], {name: 'x'})).toThrow(/listed twice/)
    for (const path of ['/tmp/targets.csv', '../targets.csv', 'a/../../b.csv', 'C:\\x.csv', 'https://example.com/t.csv', '']) {
      expect(() => buildDataPackage([{name: 'targets', path}], {name: 'x'}), path).toThrow(/relative POSIX path/)
    }
    expect(() => buildDataPackage([{...targets, rowCount: -1}], {name: 'x'})).toThrow(/rowCount/)
    expect(() => buildDataPackage([{name: 'target' as 'targets', path: 't.csv'}], {name: 'x'})).toThrow(/unknown table/)
  })
})
