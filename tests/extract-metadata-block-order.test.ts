/**
 * The metadata stage reads the header blocks up to the first one past the operative line, and the
 * signature block back to the first one before it: it relies on the blocks coming in the order of their
 * first lines, footnote joins included.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {readSeed, SEEDS, stage} from './helpers/pipeline.js'
import {text} from './helpers/strings.js'

const LINES = ['', 'Căn cứ Luật Tổ chức¹ chính quyền', '¹ Chú thích cuối trang', '² Chú thích', 'tiếp tục câu trên.', 'a\tb\tc', '| a | b |', '1. Mục tiêu', 'QUYẾT NGHỊ:']

function startLines(source: string): number[] {
  return stage(source).root.children.map((block) => block.position.start.line)
}

function ascending(lines: readonly number[]): boolean {
  return lines.every((line, index) => index === 0 || line > (lines[index - 1] as number))
}

describe('blocks', () => {
  it('come in the order of their first lines in the seeds', () => {
    for (const seed of SEEDS) expect(ascending(startLines(readSeed(seed)))).toBe(true)
  })

  it('come in the order of their first lines in any text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...LINES), text(30)), {maxLength: 30}), (lines) => {
        expect(ascending(startLines(lines.join('\n')))).toBe(true)
      }),
      {numRuns: 500}
    )
  })
})
