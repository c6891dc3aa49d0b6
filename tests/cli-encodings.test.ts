/**
 * Encodings found in real Vietnamese files, through the spawned CLI: each fixture is made here from a
 * seed (UTF-16 with a BOM, Windows-1258, TCVN3, VNI, and NFD), and must give the record of the UTF-8
 * seed, with an info diagnostic saying what was converted.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import type {DocumentRecord} from '../src/schema.js'
import {encodeLegacy, findUnencodable} from '../src/stages/decode.js'
import {runCli} from './helpers/cli.js'
import {readSeed} from './helpers/pipeline.js'

const directory = mkdtempSync(join(tmpdir(), 'resolution-extract-encodings-'))
afterAll(() => rmSync(directory, {recursive: true, force: true}))

const SEED = '004_8cf2f54e953284da'
// Characters no legacy encoding has (superscripts, ≥) would be lost in conversion: the seed has none.
const text = readSeed(SEED)

async function recordOf(path: string): Promise<DocumentRecord> {
  const result = await runCli(['-q', path])
  expect(result.code, result.stderr).toBe(0)
  return (JSON.parse(result.stdout) as DocumentRecord[])[0] as DocumentRecord
}

/** The parts of a record that must not depend on how the bytes were encoded. */
function content(record: DocumentRecord) {
  const {document, sections, indicators, tasks, footnotes, appendix} = record
  const strip = <T extends {id: string}>(items: T[]) => items.map(({id: _id, ...rest}) => rest)
  return {document, sections: strip(sections), indicators: strip(indicators), tasks: strip(tasks), footnotes, appendix}
}

describe('encodings through the CLI', () => {
  const cases: Array<[string, () => Uint8Array, string]> = [
    ['UTF-16 LE with a BOM', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf-16le'],
    ['NFD (decomposed) UTF-8', () => Buffer.from(text.normalize('NFD'), 'utf8'), 'utf-8'],
    ['Windows-1258', () => encodeLegacy(text, 'windows-1258'), 'windows-1258'],
    ['TCVN3 (ABC)', () => encodeLegacy(text, 'tcvn3'), 'tcvn3'],
    ['VNI', () => encodeLegacy(text, 'vni'), 'vni']
  ]

  it('should have a seed every legacy encoding can represent', () => {
    for (const encoding of ['windows-1258', 'tcvn3', 'vni'] as const) expect(findUnencodable(text, encoding)).toEqual([])
  })

  for (const [name, make, encoding] of cases) {
    it(`should read ${name} like the UTF-8 seed and say what it converted`, async () => {
      const path = join(directory, `${SEED}.txt`)
      const reference = content(await recordOf(`seeds/${SEED}.txt`))
      writeFileSync(path, make())
      const record = await recordOf(path)
      expect(record.source.encoding).toBe(encoding)
      if (encoding !== 'utf-8') expect(record.diagnostics.some((diagnostic) => diagnostic.code === 'encoding-converted')).toBe(true)
      // TCVN3 has no toned capitals: title-case words may come back lower case, so compare its figures.
      if (encoding === 'tcvn3') {
        expect(record.indicators.map((indicator) => indicator.targets)).toEqual(reference.indicators.map((indicator) => indicator.targets))
        expect(record.tasks.map((task) => task.label)).toEqual(reference.tasks.map((task) => task.label))
      } else {
        expect(content(record)).toEqual(reference)
      }
    })
  }
})


