/**
 * Task bodies are cleaned paragraph by paragraph (each paragraph once, however many tasks hold it) and
 * joined: the same as cleaning the body's paragraphs together, kept here as the reference.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {cleanBodyText, cleanParagraph, joinParagraphs} from '../src/stages/clean-text.js'
import {stripFootnoteMarkers} from '../src/stages/resolve-footnotes.js'
import {stripEmphasis} from '../src/stages/split-sections.js'

function referenceBody(paragraphs: readonly string[], bracketLabels?: ReadonlySet<string>) {
  const footnotes: string[] = []
  const parts: string[] = []
  for (const paragraph of paragraphs) {
    const {text, labels} = stripFootnoteMarkers(paragraph, {bracketLabels})
    footnotes.push(...labels)
    const clean = stripEmphasis(text)
    if (clean) parts.push(clean)
  }
  return {text: parts.join('\n'), footnotes: [...new Set(footnotes)]}
}

const PIECES = ['Tăng cường', 'quản lý', '¹', '²', '³', '⁽⁴⁾', 'm²', '[1]', '[2]', '*', '**', '_', ' ', '  ', '\t', '\n', '.', ';', 'a', '10⁶', '']
const paragraph = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), {maxLength: 16}).map((parts) => parts.join('')),
  fc.string({maxLength: 30})
)

describe('cleanBodyText', () => {
  it('should clean and join paragraphs as cleaning them together does', () => {
    fc.assert(
      fc.property(fc.array(paragraph, {maxLength: 6}), fc.boolean(), (paragraphs, brackets) => {
        const bracketLabels = brackets ? new Set(['1', '2']) : undefined
        const expected = referenceBody(paragraphs, bracketLabels)
        expect(cleanBodyText(paragraphs, bracketLabels)).toEqual(expected)
        expect(joinParagraphs(paragraphs.map((text) => cleanParagraph(text, bracketLabels)))).toEqual(expected)
      }),
      {numRuns: 2000}
    )
  })
})
