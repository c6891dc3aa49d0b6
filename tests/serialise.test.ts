import {describe, expect, it} from 'vitest'
import {serialise} from '../src/cli/job.js'
import {extract} from '../src/extract.js'
import {readSeed, SEEDS} from './helpers/pipeline.js'

const records = SEEDS.map((stem) => extract({path: `${stem}.txt`, bytes: Buffer.from(readSeed(stem))}))

describe('serialise', () => {
  it('should write an element of the JSON array as the record indented once more', () => {
    for (const record of records) {
      const element = serialise(record, 'element')
      // The rule stated plainly: the record's 2-space JSON with every line indented by two more spaces.
      expect(element).toBe(`  ${JSON.stringify(record, null, 2).replace(/\n/g, '\n  ')}`)
    }
  })

  it('should make elements that join into the JSON array of the records', () => {
    const array = `[\n${records.map((record) => serialise(record, 'element')).join(',\n')}\n]\n`
    expect(JSON.parse(array)).toEqual(JSON.parse(JSON.stringify(records)))
  })

  it('should write one compact line per record for NDJSON and indented JSON for a file', () => {
    for (const record of records) {
      const line = serialise(record, 'line')
      expect(line.endsWith('\n')).toBe(true)
      expect(line.slice(0, -1)).not.toContain('\n')
      expect(JSON.parse(line)).toEqual(JSON.parse(JSON.stringify(record)))
      expect(serialise(record, 'file')).toBe(`${JSON.stringify(record, null, 2)}\n`)
    }
  })
})
