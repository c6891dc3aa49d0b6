/**
 * Golden fixtures: fixtures/<name>.txt next to the record it must give, fixtures/<name>.json.
 * Goldens are rewritten only by `npm run fixtures:update`; here a missing or different golden fails.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {extract} from '../src/extract.js'
import type {DocumentRecord} from '../src/schema.js'

const directory = fileURLToPath(new URL('../fixtures/', import.meta.url))
const names = readdirSync(directory).filter((name) => name.endsWith('.txt')).sort()

function run(name: string): DocumentRecord {
  return extract({path: `fixtures/${name}`, bytes: readFileSync(join(directory, name))})
}

describe('golden fixtures', () => {
  it('should have fixtures, and a golden for every input and an input for every golden', () => {
    expect(names.length).toBeGreaterThanOrEqual(4)
    const goldens = readdirSync(directory).filter((name) => name.endsWith('.json'))
    expect(goldens.map((name) => name.replace(/\.json$/, '.txt')).sort()).toEqual(names)
  })

  for (const name of names) {
    it(`should give the golden record for ${name}`, () => {
      const golden = join(directory, name.replace(/\.txt$/, '.json'))
      expect(existsSync(golden), `missing ${golden}: run npm run fixtures:update and review it`).toBe(true)
      expect(run(name)).toEqual(JSON.parse(readFileSync(golden, 'utf8')))
    })

    it(`should keep the invariants on ${name}`, () => {
      const record = run(name)
      const lineCount = readFileSync(join(directory, name), 'utf8').split(/\r\n|\r|\n/).length
      const lines = [
        ...record.sections.flatMap((section) => [section.line, section.endLine]),
        ...record.indicators.map((indicator) => indicator.line),
        ...record.tasks.flatMap((task) => [task.line, task.endLine]),
        ...record.footnotes.flatMap((footnote) => [footnote.line, ...footnote.refs.map((ref) => ref.line)]),
        ...record.appendix.map((row) => row.line),
        ...record.diagnostics.flatMap((diagnostic) => (diagnostic.line ? [diagnostic.line] : []))
      ]
      for (const line of lines) expect(line).toBeLessThanOrEqual(lineCount)
      // Every footnote marker in an item has a body, or the record says it has none.
      const labels = new Set(record.footnotes.map((footnote) => footnote.label))
      const unresolved = [...record.indicators, ...record.tasks, ...record.appendix].flatMap((item) => item.footnotes).filter((label) => !labels.has(label))
      for (const label of unresolved) expect(record.diagnostics.some((diagnostic) => diagnostic.message.includes(label))).toBe(true)
      // Ids are unique.
      const ids = [...record.sections, ...record.indicators, ...record.tasks].map((item) => item.id)
      expect(new Set(ids).size).toBe(ids.length)
    })
  }
})
