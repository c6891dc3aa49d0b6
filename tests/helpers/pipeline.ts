/** Test helpers: run the early pipeline stages on a text written inline. */
import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {normaliseLines} from '../../src/stages/normalise.js'
import {type BlockRoot, parseBlocks} from '../../src/stages/parse-blocks.js'
import {resolveFootnotes} from '../../src/stages/resolve-footnotes.js'
import {type Outline, splitSections} from '../../src/stages/split-sections.js'
import type {SourceLine} from '../../src/types.js'

export const SEEDS = [
  '000_7d171519f209845d',
  '001_b4e47fb29186cbe5',
  '002_17c5f32e7502a0cf',
  '003_c59187114e89ad75',
  '004_8cf2f54e953284da'
] as const

export function seedPath(stem: string): string {
  return new URL(`../../seeds/${stem}.txt`, import.meta.url).pathname
}

export function readSeed(stem: string): string {
  return readFileSync(seedPath(stem), 'utf8')
}

export interface Staged {
  readonly file: VFile
  readonly lines: SourceLine[]
  readonly root: BlockRoot
  readonly outline: Outline
}

/** Normalise, resolve footnotes, parse blocks and split sections. */
export function stage(text: string): Staged {
  const file = new VFile({path: 'test.txt', value: text})
  const lines = normaliseLines(text)
  const footnotes = resolveFootnotes(lines, file)
  const root = parseBlocks(lines, footnotes)
  const outline = splitSections(root, file)
  return {file, lines, root, outline}
}

/** Lines of a template literal without its common indentation (first and last empty lines dropped). */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').replace(/\n\s*$/, '').split('\n')
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => /^ */.exec(line)?.[0].length ?? 0))
  return lines.map((line) => line.slice(indent)).join('\n')
}
