/** The flat tables of a record: fields, types, row order, and the columns that identify the document. */
import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {extract} from '../src/extract.js'
import type {DocumentRecord} from '../src/schema.js'
import {type Cell, type Field, isTableName, TABLE_NAMES, TABLES, toRows} from '../src/write/tables.js'

const seeds = fileURLToPath(new URL('../seeds/', import.meta.url))
const records: DocumentRecord[] = readdirSync(seeds)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => extract({path: `seeds/${name}`, bytes: readFileSync(`${seeds}${name}`)}))

const IDENTITY = ['sourcePath', 'documentNumber', 'locality', 'planYear']

/** Whether a cell holds a value of the Frictionless type of its field (null is a missing value). */
function matchesType(field: Field, value: Cell): boolean {
  if (value === null) return true
  switch (field.type) {
    case 'string':
      return typeof value === 'string'
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value)
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'boolean':
      return typeof value === 'boolean'
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
  }
}

describe('table definitions', () => {
  it('should define every table, in the listed order', () => {
    expect(Object.keys(TABLES)).toEqual([...TABLE_NAMES])
    expect(TABLE_NAMES).toEqual(['documents', 'indicators', 'targets', 'tasks', 'footnotes', 'appendix'])
  })

  it('should start every table with the columns that identify the document', () => {
    for (const table of TABLE_NAMES) expect(TABLES[table].fields.slice(0, 4).map((field) => field.name)).toEqual(IDENTITY)
  })

  it('should give every field a unique name, a type and a description', () => {
    for (const table of TABLE_NAMES) {
      const names = TABLES[table].fields.map((field) => field.name)
      expect(new Set(names).size, table).toBe(names.length)
      for (const field of TABLES[table].fields) {
        expect(['string', 'integer', 'number', 'boolean', 'date']).toContain(field.type)
        expect(field.description.length, `${table}.${field.name}`).toBeGreaterThan(5)
      }
    }
  })

  it('should list the target columns an analyst filters and sums on', () => {
    const names = TABLES.targets.fields.map((field) => field.name)
    for (const name of ['indicatorId', 'indicatorLabel', 'group', 'metric', 'comparator', 'direction', 'value', 'min', 'max', 'unit', 'normalizedValue', 'normalizedMin', 'normalizedMax', 'normalizedUnit', 'raw', 'flags']) {
      expect(names).toContain(name)
    }
    expect(names.indexOf('indicatorId')).toBe(4)
  })

  it('should tell table names from other strings', () => {
    expect(TABLE_NAMES.every(isTableName)).toBe(true)
    expect(isTableName('target')).toBe(false)
    expect(isTableName('toString')).toBe(false)
  })
})

describe('toRows on the seeds', () => {
  it('should have read every seed', () => {
    expect(records).toHaveLength(5)
  })

  for (const table of TABLE_NAMES) {
    it(`should give ${table} rows with every field, in order, of the declared type`, () => {
      const fields = TABLES[table].fields
      let total = 0
      for (const record of records) {
        for (const row of toRows(record, table)) {
          total += 1
          expect(Object.keys(row)).toEqual(fields.map((field) => field.name))
          for (const field of fields) {
            const value = row[field.name] ?? null
            expect(matchesType(field, value), `${record.source.path} ${table}.${field.name} = ${JSON.stringify(value)}`).toBe(true)
            if (field.constraints && value !== null) expect(field.constraints.enum).toContain(value)
          }
          expect(row.sourcePath).toBe(record.source.path)
          expect(row.documentNumber).toBe(record.document.number)
          expect(row.locality).toBe(record.document.locality)
          expect(row.planYear).toBe(record.document.planYear)
        }
      }
      expect(total, `no ${table} row in the seeds`).toBeGreaterThan(0)
    })
  }

  it('should give one documents row per record, with counts matching the other tables', () => {
    for (const record of records) {
      const [row, ...rest] = toRows(record, 'documents')
      expect(rest).toEqual([])
      expect(row?.indicatorCount).toBe(toRows(record, 'indicators').length)
      expect(row?.targetCount).toBe(toRows(record, 'targets').length)
      expect(row?.taskCount).toBe(toRows(record, 'tasks').length)
      expect(row?.footnoteCount).toBe(toRows(record, 'footnotes').length)
      expect(row?.appendixRowCount).toBe(toRows(record, 'appendix').length)
      expect(row?.legalBases).toBe(record.document.legalBases.join(';'))
      expect(row?.draft).toBe(record.document.draft)
    }
  })

  it('should give one targets row per target, in the order of the indicators', () => {
    for (const record of records) {
      const expected = record.indicators.flatMap((indicator) => indicator.targets.map((target, index) => [indicator.id, index + 1, target.raw]))
      expect(toRows(record, 'targets').map((row) => [row.indicatorId, row.targetIndex, row.raw])).toEqual(expected)
    }
  })

  it('should carry the figure and its normalised value on a target row', () => {
    const record = records.find((candidate) => candidate.source.path.includes('001_'))
    const row = record && toRows(record, 'targets').find((candidate) => candidate.raw === 'trên 70 triệu đồng/người/năm')
    expect(row).toMatchObject({
      indicatorId: '001_b4e47fb29186cbe5#ind-2',
      indicatorLabel: '(2)',
      metric: 'Thu nhập bình quân đầu người',
      comparator: 'gt',
      direction: null,
      value: 70,
      unit: 'triệu đồng/người/năm',
      normalizedValue: 70_000_000,
      normalizedUnit: 'đồng/người/năm',
      flags: ''
    })
  })

  it('should keep indicators, tasks, footnotes and annex rows in the order of the record', () => {
    for (const record of records) {
      expect(toRows(record, 'indicators').map((row) => row.id)).toEqual(record.indicators.map((indicator) => indicator.id))
      expect(toRows(record, 'tasks').map((row) => row.id)).toEqual(record.tasks.map((task) => task.id))
      expect(toRows(record, 'footnotes').map((row) => row.line)).toEqual(record.footnotes.map((footnote) => footnote.line))
      expect(toRows(record, 'appendix').map((row) => row.line)).toEqual(record.appendix.map((row) => row.line))
    }
  })

  it('should give the same rows on every call', () => {
    for (const table of TABLE_NAMES) expect(records.map((record) => toRows(record, table))).toEqual(records.map((record) => toRows(record, table)))
  })
})

describe('toRows on edge cases', () => {
  const base = records.find((record) => record.indicators.some((indicator) => indicator.targets.length > 0))
  if (!base) throw new Error('no seed with a target')

  it('should join arrays with ";" and leave a missing normalisation empty', () => {
    const record = structuredClone(base)
    const indicator = record.indicators.find((candidate) => candidate.targets.length > 0)
    const target = indicator?.targets[0]
    if (!indicator || !target) throw new Error('unreachable')
    Object.assign(target, {comparator: 'range', direction: 'decrease', value: null, min: -1.5, max: 2, normalized: null, flags: ['ambiguous-separator', 'other']})
    indicator.footnotes = ['3', '12']
    const row = toRows(record, 'targets').find((candidate) => candidate.indicatorId === indicator.id && candidate.targetIndex === 1)
    expect(row).toMatchObject({comparator: 'range', direction: 'decrease', value: null, min: -1.5, max: 2, normalizedValue: null, normalizedMin: null, normalizedMax: null, normalizedUnit: null, flags: 'ambiguous-separator;other'})
    expect(toRows(record, 'indicators').find((candidate) => candidate.id === indicator.id)?.footnotes).toBe('3;12')
  })

  it('should write footnote references as line:column', () => {
    const record = structuredClone(base)
    record.footnotes = [{label: '1', line: 20, text: 'Chú thích', refs: [{line: 17, column: 169}, {line: 18, column: null}]}]
    expect(toRows(record, 'footnotes')).toEqual([{sourcePath: base.source.path, documentNumber: base.document.number, locality: base.document.locality, planYear: base.document.planYear, label: '1', line: 20, text: 'Chú thích', refs: '17:169;18'}])
  })

  it('should give no rows for a table the document has nothing for', () => {
    const record = {...structuredClone(base), indicators: [], tasks: [], footnotes: [], appendix: []}
    for (const table of ['indicators', 'targets', 'tasks', 'footnotes', 'appendix'] as const) expect(toRows(record, table)).toEqual([])
    expect(toRows(record, 'documents')).toHaveLength(1)
  })
})
