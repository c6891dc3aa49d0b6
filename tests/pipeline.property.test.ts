/**
 * Properties of the whole pipeline (issue 8): on arbitrary text and on mutated seeds it never throws,
 * always returns a record that passes the schema, and every line number in it points into the file.
 * Pathological inputs finish in well under a second each; NFD text gives the same record as NFC.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {extract, InputError} from '../src/extract.js'
import {type DocumentRecord, DocumentRecordSchema} from '../src/schema.js'
import {readSeed, SEEDS} from './helpers/pipeline.js'

const encoder = new TextEncoder()

function run(text: string, path = 'property.txt'): DocumentRecord | null {
  try {
    return extract({path, bytes: encoder.encode(text)})
  } catch (error) {
    // Empty or binary-looking input is refused with a coded InputError; anything else is a bug.
    if (error instanceof InputError) return null
    throw error
  }
}

function linesOf(record: DocumentRecord): number[] {
  return [
    ...record.sections.flatMap((section) => [section.line, section.endLine]),
    ...record.indicators.map((indicator) => indicator.line),
    ...record.tasks.flatMap((task) => [task.line, task.endLine, ...task.actions.map((action) => action.line), ...task.commitments.map((item) => item.line)]),
    ...record.footnotes.flatMap((footnote) => [footnote.line, ...footnote.refs.map((ref) => ref.line)]),
    ...record.appendix.map((row) => row.line),
    ...record.diagnostics.flatMap((diagnostic) => (diagnostic.line === null ? [] : [diagnostic.line]))
  ]
}

function checkRecord(text: string): void {
  const record = run(text)
  if (record === null) return
  expect(DocumentRecordSchema.safeParse(record).success).toBe(true)
  const count = text.split(/\r\n|\r|\n|\u2028|\u2029/).length
  for (const line of linesOf(record)) {
    expect(line).toBeGreaterThanOrEqual(1)
    expect(line).toBeLessThanOrEqual(count)
  }
}

const seedLines = SEEDS.map((stem) => readSeed(stem).split('\n'))

/** A seed with lines deleted, duplicated and shuffled, random superscripts inserted, digits changed, and truncated. */
const mutatedSeed = fc
  .record({
    seed: fc.integer({min: 0, max: SEEDS.length - 1}),
    edits: fc.array(
      fc.record({
        kind: fc.constantFrom('delete', 'duplicate', 'swap', 'superscript', 'digits', 'truncate-line'),
        at: fc.nat(),
        other: fc.nat(),
        mark: fc.constantFrom('¹', '²³', '⁴⁸', '⁽⁴³⁾', '²', 'm²')
      }),
      {maxLength: 25}
    ),
    cut: fc.option(fc.nat(), {nil: undefined})
  })
  .map(({seed, edits, cut}) => {
    const lines = [...(seedLines[seed] ?? [])]
    for (const edit of edits) {
      if (lines.length === 0) break
      const at = edit.at % lines.length
      const other = edit.other % lines.length
      if (edit.kind === 'delete') lines.splice(at, 1)
      else if (edit.kind === 'duplicate') lines.splice(at, 0, lines[at] ?? '')
      else if (edit.kind === 'swap') [lines[at], lines[other]] = [lines[other] ?? '', lines[at] ?? '']
      else if (edit.kind === 'superscript') {
        const line = lines[at] ?? ''
        const position = edit.other % (line.length + 1)
        lines[at] = line.slice(0, position) + edit.mark + line.slice(position)
      } else if (edit.kind === 'digits') {
        // every digit of the line replaced: misprinted dates, years and figures ("năm 0353")
        let step = edit.other
        lines[at] = (lines[at] ?? '').replace(/\d/g, () => String((step = (step * 7 + 3) % 1_000_003) % 10))
      } else lines[at] = (lines[at] ?? '').slice(0, edit.other % ((lines[at] ?? '').length + 1))
    }
    const text = lines.join('\n')
    return cut === undefined ? text : text.slice(0, cut % (text.length + 1))
  })

describe('pipeline properties', () => {
  it('should never throw and always give a valid record on arbitrary text', () => {
    fc.assert(fc.property(fc.string({unit: 'grapheme', maxLength: 400}), (text) => checkRecord(text)), {numRuns: 300})
  })

  it('should never throw on text built from the genre’s own pieces in random order', () => {
    const piece = fc.constantFrom(
      'Điều 1. ', 'Điều 2. Nhiệm vụ, giải pháp', '1. ', '2.1. ', '3. 6. ', 'a) ', '(1) ', '- ', '+ ', '* ', '** ', 'Phần thứ hai',
      'PHỤ LỤC', 'Các chỉ tiêu chủ yếu:', 'tăng 7,5-8%', 'trên 1.600 tỷ đồng', '¹', '⁴⁸', 'm²', '\t', '|', ' | ', '\n', '\n\n',
      '*', '**', ':', ';', '.', 'giảm còn dưới 1,8 %', '52/52 thôn', 'HỘI ĐỒNG NHÂN DÂN TỈNH', 'Số: ', 'ngày 07 tháng 12 năm 2023'
    )
    fc.assert(fc.property(fc.array(piece, {maxLength: 80}), (pieces) => checkRecord(pieces.join(''))), {numRuns: 300})
  })

  it('should never throw on mutated seeds, and keep every line number inside the file', () => {
    fc.assert(fc.property(mutatedSeed, (text) => checkRecord(text)), {numRuns: 100})
  })
})

describe('normalisation equivalence', () => {
  for (const stem of SEEDS) {
    it(`should give the same record for the NFD and CRLF forms of ${stem}`, () => {
      const text = readSeed(stem)
      const strip = (record: DocumentRecord | null) => record && {...record, source: null}
      const nfc = strip(run(text, `${stem}.txt`))
      expect(strip(run(text.normalize('NFD'), `${stem}.txt`))).toEqual(nfc)
      expect(strip(run(text.replace(/\n/g, '\r\n'), `${stem}.txt`))).toEqual(nfc)
    })
  }
})

describe('pathological input', () => {
  const cases: Array<[string, () => string]> = [
    ['a 1 MB line of digits', () => '1'.repeat(1_000_000)],
    ['a 1 MB line of digits, dots and commas', () => '1.2,3'.repeat(200_000)],
    ['a 1 MB line of parentheses', () => '(('.repeat(250_000) + '))'.repeat(250_000)],
    ['100,000 "(1)" markers', () => '2. Các chỉ tiêu chủ yếu: ' + '(1) '.repeat(100_000)],
    ['100,000 numbered lines', () => Array.from({length: 100_000}, (_, index) => `(${index % 100}) tăng ${index}%`).join('\n')],
    ['a 1 MB line of superscripts', () => '¹²³⁴⁵⁶⁷⁸⁹⁰'.repeat(100_000)],
    ['a 1 MB line of asterisks and spaces', () => '* '.repeat(500_000)],
    ['a 1 MB figure with separators', () => `Thu ngân sách đạt ${'1.000,'.repeat(150_000)} tỷ đồng`]
  ]
  for (const [name, make] of cases) {
    it(`should process ${name} in well under a second`, () => {
      const text = make()
      // CPU time, which other processes on a busy machine do not inflate the way they inflate wall time.
      const started = process.cpuUsage()
      run(text)
      const used = process.cpuUsage(started)
      // Generous bound; linear code takes a small fraction of it (super-linear code takes minutes).
      expect((used.user + used.system) / 1000).toBeLessThan(3000)
    })
  }
})
