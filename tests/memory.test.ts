/**
 * Memory on a long run: `extract` must keep nothing of a document once its record is returned. A worker
 * of the CLI extracts thousands of files; a module-level cache that holds a string of each document
 * (a line or paragraph is a slice of its file's text, so it keeps the whole text alive) made its heap
 * grow by ~20 MB and the CLI's peak memory cross 250 MB.
 */
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'
import {describe, expect, it} from 'vitest'
import {extract} from '../src/extract.js'
import {readSeed, SEEDS} from './helpers/pipeline.js'

// `gc` for this test only: a fresh context picks up the flag.
setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc') as () => void

/** A well-mixed hash of (document, offset): varied figures that never repeat in a short cycle. */
function mix(index: number, offset: number): number {
  let hash = Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(offset + 1, 0x85ebca6b)
  hash ^= hash >>> 15
  hash = Math.imul(hash, 0x2c1b3c6d)
  return (hash ^ (hash >>> 12)) >>> 0
}

/**
 * Seed `index % 5` with the second digit of each pair of digits changed: like a corpus, the documents
 * share most lines (headings, running text) and differ in their figures.
 */
function variedSeed(texts: readonly string[], index: number): Uint8Array {
  const text = texts[index % texts.length] as string
  return Buffer.from(text.replace(/(\d)(\d)/g, (_, first: string, second: string, offset: number) => first + String((Number(second) + mix(index, offset)) % 10)))
}

function liveHeap(): number {
  collectGarbage()
  collectGarbage()
  return process.memoryUsage().heapUsed
}

describe('memory', () => {
  it('should not keep earlier documents alive', () => {
    const texts = SEEDS.map((stem) => readSeed(stem))
    let index = 0
    const run = (count: number) => {
      for (const end = index + count; index < end; index++) extract({path: `doc-${index}.txt`, bytes: variedSeed(texts, index)})
    }
    run(5)
    const before = liveHeap()
    // A cache that keeps strings until it is full grows for a while, then drops everything: look often.
    let grown = 0
    for (let step = 0; step < 6; step++) {
      run(50)
      grown = Math.max(grown, liveHeap() - before)
    }
    // The documents are ~12 MB of text; the string-keyed marker cache kept ~14 MB of them at its fullest.
    expect(grown).toBeLessThan(6e6)
  })
})
