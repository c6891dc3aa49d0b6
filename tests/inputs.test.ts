import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {type InputEntry, measureInputs, orderEntries, resolveInputs} from '../src/cli/inputs.js'

describe('measureInputs', () => {
  const directory = mkdtempSync(join(tmpdir(), 'resolution-extract-inputs-'))
  for (const name of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(join(directory, name), '0123456789')
  afterAll(() => rmSync(directory, {recursive: true, force: true}))

  it('should count the bytes of the files in order, and stop once it has enough', async () => {
    const entries = orderEntries(await resolveInputs([directory]))
    expect(entries.map((entry) => entry.path)).toEqual(['a.txt', 'b.txt', 'c.txt'].map((name) => `${directory}/${name}`))
    expect(await measureInputs(entries, 1000)).toBe(30)
    // Two files reach 15 bytes: the third is not looked at.
    expect(await measureInputs(entries, 15)).toBe(20)
    expect(await measureInputs(entries, 0)).toBe(0)
  })

  it('should count a file it cannot read, standard input and problems as 0', async () => {
    const entries: InputEntry[] = [
      {kind: 'stdin', path: '<stdin>'},
      {kind: 'file', path: join(directory, 'gone.txt')},
      {kind: 'problem', path: 'x', code: 'not-found', message: 'no such file or directory'},
      {kind: 'file', path: join(directory, 'a.txt')}
    ]
    expect(await measureInputs(entries, 1000)).toBe(10)
  })
})
