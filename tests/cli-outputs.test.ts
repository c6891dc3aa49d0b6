/**
 * The outputs for analysts and CI jobs, through the spawned CLI: every CSV/TSV table, the BOM, the
 * dataset folder with its data package (validated against the Table Schema rules), determinism, and
 * --check passing and failing. Diagnostics read like a compiler's on stderr.
 */
import {appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import type {DataPackage} from '../src/write/datapackage.js'
import {TABLE_NAMES, TABLES} from '../src/write/tables.js'
import {runCli} from './helpers/cli.js'
import {parseCsv, validateResource} from './helpers/frictionless.js'

const temporary = mkdtempSync(join(tmpdir(), 'resolution-extract-outputs-'))
afterAll(() => rmSync(temporary, {recursive: true, force: true}))

describe('CSV and TSV on standard output', () => {
  for (const table of TABLE_NAMES) {
    it(`should write the ${table} table with its header and one column per field on every row`, async () => {
      const result = await runCli(['-q', '--format', 'csv', '--table', table, 'seeds/*.txt'])
      expect(result.code).toBe(0)
      const rows = parseCsv(result.stdout, {delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true, skipInitialSpace: false} as never)
      expect(rows[0]).toEqual(TABLES[table].fields.map((field) => field.name))
      for (const row of rows.slice(1)) expect(row).toHaveLength(TABLES[table].fields.length)
      if (table !== 'footnotes' && table !== 'appendix') expect(rows.length).toBeGreaterThan(5)
    })
  }

  it('should start with a byte-order mark only with --bom', async () => {
    const plain = await runCli(['-q', '-f', 'csv', '--table', 'documents', 'seeds/004_8cf2f54e953284da.txt'])
    const bom = await runCli(['-q', '-f', 'csv', '--table', 'documents', '--bom', 'seeds/004_8cf2f54e953284da.txt'])
    expect(plain.stdout.startsWith('sourcePath,')).toBe(true)
    expect(bom.stdout.startsWith('\uFEFFsourcePath,')).toBe(true)
  })

  it('should write TSV with LF line ends and the targets a spreadsheet can sum', async () => {
    const result = await runCli(['-q', '-f', 'tsv', '--table', 'targets', 'seeds/000_7d171519f209845d.txt'])
    const lines = result.stdout.split('\n')
    expect(result.stdout).not.toContain('\r')
    const header = (lines[0] ?? '').split('\t')
    const income = lines.find((line) => line.includes('triệu đồng/người/năm'))?.split('\t') ?? []
    expect(income[header.indexOf('comparator')]).toBe('gt')
    expect(Number(income[header.indexOf('normalizedValue')])).toBe(70_000_000)
    expect(income[header.indexOf('normalizedUnit')]).toBe('đồng/người/năm')
  })

  it('should exit 2 when --format csv has no --table, or --table comes without csv/tsv', async () => {
    expect((await runCli(['-f', 'csv', 'seeds/*.txt'])).code).toBe(2)
    expect((await runCli(['--table', 'targets', 'seeds/*.txt'])).code).toBe(2)
    expect((await runCli(['--table', 'nope', '-f', 'csv', 'seeds/*.txt'])).code).toBe(2)
  })
})

describe('datasets for CI jobs', () => {
  const directory = join(temporary, 'dataset')

  it('should write every table and a data package that validates, byte-identical on a second run', async () => {
    const first = await runCli(['-q', '--out-dir', directory, '--dataset', 'seeds/*.txt'])
    expect(first.code).toBe(0)
    expect(readdirSync(directory).sort()).toEqual([...TABLE_NAMES.map((name) => `${name}.csv`), 'datapackage.json'].sort())
    const datapackage = JSON.parse(readFileSync(join(directory, 'datapackage.json'), 'utf8')) as DataPackage
    expect(datapackage.resources.map((resource) => resource.name)).toEqual([...TABLE_NAMES])
    for (const resource of datapackage.resources) expect(validateResource(resource, readFileSync(join(directory, resource.path), 'utf8'))).toEqual([])
    const before = new Map(readdirSync(directory).map((name) => [name, readFileSync(join(directory, name))]))
    expect((await runCli(['-q', '--out-dir', directory, '--format', 'csv', 'seeds/*.txt'])).code).toBe(0)
    for (const [name, bytes] of before) expect(readFileSync(join(directory, name)).equals(bytes), name).toBe(true)
  })

  it('should pass --check on a current dataset and fail it, naming the file and the change, on a stale one', async () => {
    const current = await runCli(['--out-dir', directory, '--dataset', '--check', 'seeds/*.txt'])
    expect(current.code).toBe(0)
    expect(current.stderr).toContain('up to date')
    appendFileSync(join(directory, 'tasks.csv'), 'stale row\r\n')
    const stale = await runCli(['--out-dir', directory, '--dataset', '--check', 'seeds/*.txt'])
    expect(stale.code).toBe(1)
    expect(stale.stderr).toMatch(/changed .*tasks\.csv/)
    expect(stale.stderr).toContain('- stale row')
  })

  it('should --check the JSON records of --out-dir, listing a changed, a missing and an extra file', async () => {
    const records = join(temporary, 'records')
    expect((await runCli(['-q', '--out-dir', records, 'seeds/*.txt'])).code).toBe(0)
    const changed = join(records, '003_c59187114e89ad75.json')
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('"planYear": 2024', '"planYear": 2025'))
    rmSync(join(records, '000_7d171519f209845d.json'))
    writeFileSync(join(records, 'removed-input.json'), '{}\n')
    const result = await runCli(['--out-dir', records, '--check', 'seeds/*.txt'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/changed .*003_c59187114e89ad75\.json/)
    expect(result.stderr).toContain('+ "planYear": 2024,')
    expect(result.stderr).toMatch(/missing .*000_7d171519f209845d\.json/)
    expect(result.stderr).toMatch(/extra .*removed-input\.json/)
    // --check writes nothing.
    expect(readFileSync(changed, 'utf8')).toContain('"planYear": 2025')
  })
})

describe('diagnostics on stderr', () => {
  it('should print warnings as path:line:column severity rule message under the file summary', async () => {
    const file = join(temporary, 'warned.txt')
    writeFileSync(file, '2. Các chỉ tiêu chủ yếu\n(1) Thu ngân sách đạt 5.000 tỷ đồng⁹.\n(2) Tỷ lệ hộ nghèo giảm 1%.\n')
    const result = await runCli([file])
    expect(result.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:\\d+ warning footnote-no-body `))
  })
})
