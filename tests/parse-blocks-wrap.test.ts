/**
 * The block parser reads the wrap width from a count of line lengths instead of a sorted list. This
 * property checks it against the sort-based version it replaces.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {estimateWrapWidth} from '../src/stages/parse-blocks.js'
import type {SourceLine} from '../src/types.js'

function oldEstimateWrapWidth(lines: readonly SourceLine[], trimmedLengths: readonly number[], bodyLines: ReadonlySet<number>): number | null {
  const lengths: number[] = []
  for (let index = 0; index < lines.length; index++) {
    if (bodyLines.has((lines[index] as SourceLine).line)) continue
    const length = trimmedLengths[index] as number
    if (length >= 30) lengths.push(length)
  }
  if (lengths.length < 20) return null
  const sorted = lengths.sort((a, b) => a - b)
  const p50 = sorted[Math.floor(sorted.length * 0.5)] ?? 0
  const p90 = sorted[Math.floor(sorted.length * 0.9)] ?? 0
  return p90 <= 130 && p90 <= p50 * 1.35 ? p90 : null
}

describe('estimateWrapWidth', () => {
  it('equals the sort-based version', () => {
    const length = fc.oneof(fc.integer({min: 0, max: 200}), fc.integer({min: 60, max: 140}), fc.integer({min: 95, max: 105}))
    fc.assert(
      fc.property(fc.array(length, {maxLength: 120}), fc.array(fc.integer({min: 1, max: 120}), {maxLength: 10}), (lengths, body) => {
        const lines = lengths.map((_, index) => ({line: index + 1, text: ''}))
        const bodyLines = new Set(body)
        expect(estimateWrapWidth(lines, lengths, bodyLines)).toBe(oldEstimateWrapWidth(lines, lengths, bodyLines))
      }),
      {numRuns: 5000}
    )
  })
})
