/**
 * datapackage.json: a Frictionless Tabular Data Package whose Table Schemas describe the CSV files exactly.
 * The validator below checks the Table Schema rules that matter here: field names unique, types from the
 * allowed set, every CSV row has every field, and every cell casts to the type of its field.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {extract} from '../src/extract.js'
import {buildDataPackage, type DataPackage} from '../src/write/datapackage.js'
import {formatDelimited} from '../src/write/delimited.js'
import {TABLE_NAMES, TABLES, toRows} from '../src/write/tables.js'
import {validateResource} from './helpers/frictionless.js'

const directory = fileURLToPath(new URL('../seeds/', import.meta.url))
const records = readdirSync(directory)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => extract({path: `seeds/${name}`, bytes: readFileSync(`${directory}${name}`)}))

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
