/**
 * The signature block is read only when the header's candidates leave the issuer open (`choiceIsMade`):
 * whatever candidates the signature block would add, the choice must be the header's.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {choiceIsMade, chooseIssuer, type IssuerCandidate} from '../src/stages/extract-metadata.js'

const BODIES = ['Hội đồng nhân dân', 'Ủy ban nhân dân', 'Quốc hội']
const LEVELS = [
  null,
  {word: 'tỉnh', level: 'province', name: 'Hưng Yên'},
  {word: 'tỉnh', level: 'province', name: 'Quảng Nam'},
  {word: 'thị xã', level: 'town', name: null},
  {word: 'huyện', level: 'district', name: 'Bình Liêu'},
  {word: 'xã', level: 'commune', name: null},
  {word: 'phường', level: 'ward', name: '1'}
] as const

const candidate: fc.Arbitrary<IssuerCandidate> = fc
  .tuple(fc.constantFrom(...BODIES), fc.constantFrom(...LEVELS))
  .map(([body, level]) => ({body, level: level === null ? null : {...level}}))
const candidates = fc.array(candidate, {maxLength: 5})
const preferred = fc.constantFrom(null, ...BODIES)

describe('choiceIsMade', () => {
  it('means that later candidates do not change the choice', () => {
    fc.assert(
      fc.property(candidates, candidates, preferred, (header, signature, prefer) => {
        if (choiceIsMade(header, prefer)) expect(chooseIssuer([...header, ...signature], prefer)).toEqual(chooseIssuer(header, prefer))
      }),
      {numRuns: 20000}
    )
  })

  it('holds for a header naming the preferred body and its place', () => {
    const council = {body: 'Hội đồng nhân dân', level: {word: 'tỉnh', level: 'province', name: 'Hưng Yên'}} as const
    expect(choiceIsMade([council], 'Hội đồng nhân dân')).toBe(true)
    expect(choiceIsMade([council], null)).toBe(true)
    expect(choiceIsMade([council], 'Ủy ban nhân dân')).toBe(false)
    expect(choiceIsMade([{body: 'Hội đồng nhân dân', level: {word: 'thị xã', level: 'town', name: null}}], null)).toBe(false)
  })
})
