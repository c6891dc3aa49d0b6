/**
 * The task content reader finds clause ends with one `ClauseEnds` per paragraph (native searches for
 * ";", ".", "!", "?" kept between clauses) and reads a clause's verb in the paragraph's text
 * (`readVerbIn`) before it copies the clause. These properties keep both equal to what they replaced:
 * the clause-end regex from each start, and `readVerb` of the copied clause.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ClauseEnds, readVerb, readVerbIn} from '../src/stages/read-task-content.js'
import {ACTION_VERBS, AUXILIARY_VERBS} from '../src/vocabulary/actions.js'
import {CHARACTERS} from './helpers/strings.js'

const CLAUSE_END = /;|[.!?](?=\s+\p{Lu}|\s*$)/gu

function referenceEnd(text: string, from: number): number {
  CLAUSE_END.lastIndex = from
  const match = CLAUSE_END.exec(text)
  return match ? match.index : -1
}

const PIECES = [
  ...ACTION_VERBS,
  ...ACTION_VERBS.map((verb) => verb.charAt(0).toUpperCase() + verb.slice(1)),
  ...[...AUXILIARY_VERBS].map((verb) => verb.toUpperCase()),
  ...CHARACTERS,
  '. ', '; ', '! ', '? ', '.', ';', '..', '. Đ', '.\u00a0Tăng', '2.5', 'x. y', 'năm 2025', '  '
]
const text = fc.array(fc.constantFrom(...PIECES), {maxLength: 30}).map((pieces) => pieces.join(''))

describe('ClauseEnds', () => {
  it('should find from each start what the clause-end regex finds, the starts in any order', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), {maxLength: 12}), (value, shifts) => {
        const ends = new ClauseEnds(value)
        for (const shift of shifts) {
          const from = shift % (value.length + 1)
          expect(ends.after(from)).toBe(referenceEnd(value, from))
        }
      }),
      {numRuns: 3000}
    )
  })

  it('should read a paragraph clause by clause as the regex does', () => {
    fc.assert(
      fc.property(text, (value) => {
        const ends = new ClauseEnds(value)
        for (let from = 0; ; ) {
          const end = ends.after(from)
          expect(end).toBe(referenceEnd(value, from))
          if (end < 0) break
          from = end + 1
        }
      }),
      {numRuns: 3000}
    )
  })

  it('should serve text after text once reset', () => {
    const ends = new ClauseEnds('Làm tốt. Tăng cường; xong')
    expect(ends.after(0)).toBe(7)
    expect(ends.after(8)).toBe(19)
    expect(ends.after(20)).toBe(-1)
    ends.reset('a; b. C')
    expect(ends.after(0)).toBe(1)
    expect(ends.after(2)).toBe(4)
    expect(ends.after(5)).toBe(-1)
  })
})

describe('readVerbIn', () => {
  it('should read the verb readVerb reads in the slice', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (value, a, b) => {
        const start = a % (value.length + 1)
        const end = start + (b % (value.length - start + 1))
        expect(readVerbIn(value, start, end)).toBe(readVerb(value.slice(start, end)))
      }),
      {numRuns: 5000}
    )
  })
})
