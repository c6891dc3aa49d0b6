/**
 * A paragraph's search for white space to collapse is made once and shared (`needsSpaceCollapseIn`):
 * cleaning a piece of the paragraph with it gives what cleaning the piece alone gives.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {cleansByTrimming, paragraphCleansByTrimming} from '../src/stages/clean-text.js'
import type {Paragraph} from '../src/stages/parse-blocks.js'
import {needsSpaceCollapseIn, plainTextOf, stripEmphasis, stripEmphasisIn} from '../src/stages/split-sections.js'
import {needsSpaceCollapse} from '../src/stages/white-space.js'

const PIECES = ['Tăng cường', 'quản lý', '¹', '[1]', '*', '**', '_', '__', ' ', '  ', '\t', '\n', '\r', '\v', '\u00a0', '.', ':', 'a', '1', '']
const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), {maxLength: 16}).map((parts) => parts.join('')),
  fc.string({maxLength: 30})
)

function paragraphOf(value: string, markerFree: boolean): Paragraph {
  return {type: 'paragraph', text: value, segments: [], position: {start: {line: 1, column: 1}, end: {line: 1, column: 1}}, markerFree}
}

describe('stripEmphasisIn', () => {
  it('should strip a piece of a paragraph as stripEmphasis strips the piece, whichever is asked first', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.boolean(), (value, a, b, wholeFirst) => {
        const from = Math.min(a, b) % (value.length + 1)
        const to = from + (Math.max(a, b) % (value.length - from + 1))
        const piece = value.slice(from, to)
        const paragraph = paragraphOf(value, false)
        if (wholeFirst) expect(plainTextOf(paragraph)).toBe(stripEmphasis(value))
        expect(stripEmphasisIn(paragraph, piece)).toBe(stripEmphasis(piece))
        expect(needsSpaceCollapseIn(paragraph)).toBe(needsSpaceCollapse(value))
        expect(plainTextOf(paragraph)).toBe(stripEmphasis(value))
      }),
      {numRuns: 3000}
    )
  })
})

describe('paragraphCleansByTrimming', () => {
  it('should tell what cleansByTrimming tells of the paragraph text', () => {
    fc.assert(
      fc.property(text, fc.boolean(), fc.boolean(), (value, markerFree, headingFirst) => {
        const paragraph = paragraphOf(value, markerFree)
        if (headingFirst) stripEmphasisIn(paragraph, value.slice(1))
        expect(paragraphCleansByTrimming(paragraph)).toBe(cleansByTrimming(value, markerFree))
      }),
      {numRuns: 3000}
    )
  })
})
