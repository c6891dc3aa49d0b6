/**
 * The block parser tells which paragraphs and table rows hold no character a footnote marker starts
 * with (`markerFree`), from the normaliser's scan of their lines, so that the task stage need not look.
 * It must never vouch for a block that holds one.
 */
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {normaliseLines} from '../src/stages/normalise.js'
import {parseBlocks} from '../src/stages/parse-blocks.js'
import {resolveFootnotes} from '../src/stages/resolve-footnotes.js'
import {MARKER_START} from '../src/vocabulary/footnote-layout.js'
import {CHARACTERS} from './helpers/strings.js'

const PIECES = [
  ...CHARACTERS, 'Tăng cường quản lý', 'Nhiệm vụ', '1. ', '- ', '* ', 'a) ', '¹', '²', '³', '⁽¹⁾', '⁴', '[1]', '[2]', 'm²',
  '&nbsp;', '&sup1;', '\\*', '\u00ad', '\u200b', 'e\u0301', '\t', ' | ', '|', '\n', '\n', '\n\n', '\r\n', '\n¹ Chú thích.\n', '\n[1] Chú thích.\n'
]
const document = fc.array(fc.constantFrom(...PIECES), {maxLength: 80}).map((pieces) => pieces.join(''))

function blocksOf(text: string) {
  const lines = normaliseLines(text)
  return parseBlocks(lines, resolveFootnotes(lines, new VFile({value: text}))).children
}

describe('parseBlocks markerFree', () => {
  it('should vouch only for blocks without a marker start', () => {
    fc.assert(
      fc.property(document, (text) => {
        for (const block of blocksOf(text)) {
          if (block.markerFree !== true) continue
          const content = block.type === 'paragraph' ? block.text : block.cells.join(' | ')
          expect(MARKER_START.test(content), content).toBe(false)
        }
      }),
      {numRuns: 3000}
    )
  })

  it('should vouch for plain paragraphs and rows, not for lines it did not normalise', () => {
    const blocks = blocksOf('Tăng cường quản lý.\n\nĐạt 10 m² sàn.\n\nA\tB\tC\n')
    expect(blocks.map((block) => block.markerFree)).toEqual([true, false, true])
    const lines = [{line: 1, text: 'Tăng cường quản lý.'}]
    expect(parseBlocks(lines, {bodyLines: new Set(), joins: []}).children[0]?.markerFree).toBe(false)
  })
})
