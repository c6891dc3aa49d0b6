/**
 * Table cells are cleaned without the white-space regex when it has nothing to replace. These properties
 * check the hand-written reading against the regex.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {cleanCell, readRole} from '../src/stages/read-table.js'
import {collapseWhiteSpace} from '../src/stages/white-space.js'
import {type ColumnRole, HEADER_KEYWORDS} from '../src/vocabulary/table-headers.js'
import {anyText} from './helpers/strings.js'

const RUNS = {numRuns: 5000}

/** cleanCell and readRole as they were, with the regexes only. */
function originalCleanCell(cell: string): string {
  let text = cell.replace(/\s+/g, ' ').trim()
  for (const mark of ['**', '*', '__', '_']) {
    if (text.length > 2 * mark.length && text.startsWith(mark) && text.endsWith(mark)) text = text.slice(mark.length, -mark.length).trim()
  }
  return text
}

const ROLES: readonly ColumnRole[] = ['label', 'name', 'unit', 'plan', 'actual', 'assessment']

function originalReadRole(cell: string): ColumnRole | null {
  const text = cell.toLowerCase().replace(/[*_]/g, '').replace(/\s+/g, ' ').trim()
  if (text === '') return null
  let best: ColumnRole | null = null
  let bestLength = 0
  for (const role of ROLES) {
    for (const keyword of HEADER_KEYWORDS[role]) {
      if (keyword.length <= bestLength || !text.startsWith(keyword)) continue
      const next = text[keyword.length]
      if (next !== undefined && next.toLowerCase() !== next.toUpperCase()) continue
      best = role
      bestLength = keyword.length
    }
  }
  return best
}

/** Header-like cells: keywords in several spellings with emphasis and white space around and inside. */
function headerCell(): fc.Arbitrary<string> {
  const keywords = Object.values(HEADER_KEYWORDS).flat()
  const pieces = [...keywords, ...keywords.map((keyword) => keyword.toUpperCase()), '*', '**', '_', ' ', '  ', '\t', '\n', '\u00a0', 'a', '(%)', '2024']
  return fc.array(fc.constantFrom(...pieces), {maxLength: 6}).map((parts) => parts.join(''))
}

describe('read-table cell cleaning equals the regex versions', () => {
  it('collapseWhiteSpace', () => {
    fc.assert(
      fc.property(anyText(), (value) => {
        expect(collapseWhiteSpace(value)).toBe(value.replace(/\s+/g, ' ').trim())
      }),
      RUNS
    )
  })

  it('cleanCell', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(), headerCell()), (value) => {
        expect(cleanCell(value)).toBe(originalCleanCell(value))
      }),
      RUNS
    )
  })

  it('readRole', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(), headerCell()), (value) => {
        expect(readRole(value)).toBe(originalReadRole(value))
      }),
      RUNS
    )
  })

  it('readRole, whatever character a cell starts with', () => {
    const keywords = Object.values(HEADER_KEYWORDS).flat()
    for (let code = 0; code < 0x2200; code++) {
      const character = String.fromCharCode(code)
      for (const rest of ['', 'tt', ' 2024', keywords[code % keywords.length] as string]) {
        for (const cell of [`${character}${rest}`, `*_ ${character}${rest}`]) expect(readRole(cell), cell).toBe(originalReadRole(cell))
      }
    }
  })
})
