/**
 * The block parser reuses what it learnt of each line: the normaliser's scan (no tab, "|" or "*" in a
 * line: no table-row test, emphasis count or tab replacement) and the marker it read of a line, kept on a
 * paragraph of that one line. Paragraphs, rows and markers must be those read from scratch.
 */
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {normaliseLines} from '../src/stages/normalise.js'
import {parseBlocks} from '../src/stages/parse-blocks.js'
import {readMarker} from '../src/stages/read-marker.js'
import {resolveFootnotes} from '../src/stages/resolve-footnotes.js'
import {CHARACTERS} from './helpers/strings.js'

const PIECES = [
  ...CHARACTERS, 'Tăng cường quản lý', 'Nhiệm vụ', 'tiếp theo', 'Điều 2. ', 'Phần thứ hai', 'Một là, ', '1. ', '1.2. ', '3. 6. ',
  '- ', '- (7) ', '* ', '**', '***', 'a) ', 'II. ', '(3) ', '¹', '[1]', '\\*', '\\|', '&#9;', '&#124;', '&#42;', '\t', ' | ', '|',
  '\n', '\n', '\n', '\n\n', '\r\n', '\n¹ Chú thích.\n', '  '
]
const document = fc.array(fc.constantFrom(...PIECES), {maxLength: 80}).map((pieces) => pieces.join(''))

describe('parseBlocks reusing line facts', () => {
  it('should give the blocks it gives for lines it knows nothing of, and markers read from the text', () => {
    fc.assert(
      fc.property(document, (text) => {
        const lines = normaliseLines(text)
        const context = resolveFootnotes(lines, new VFile({value: text}))
        const blocks = parseBlocks(lines, context).children
        // A copy of the array: the normaliser's facts do not apply to it, every line is read in full (only
        // `markerFree` may differ, vouched for where the facts are known).
        const plain = parseBlocks([...lines], context).children
        const bare = (block: (typeof blocks)[number]) => ({...block, marker: undefined, markerFree: undefined})
        expect(blocks.map(bare)).toEqual(plain.map(bare))
        for (const block of blocks) {
          if (block.type === 'paragraph' && block.marker !== undefined) expect(block.marker).toEqual(readMarker(block.text))
        }
      }),
      {numRuns: 3000}
    )
  })
})
