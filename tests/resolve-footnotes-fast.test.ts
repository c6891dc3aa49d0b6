/**
 * The fast paths of resolveFootnotes: lines from normaliseLines carry what its whole-text scan found
 * (which lines hold no marker character), and the resolver skips work on them. The same lines without
 * that knowledge (a copy of the array) take the full path: both must give the same result, on
 * documents made of the pieces that exercise the rules: bodies, markers, units, page numbers, running
 * headers, headings, tables and page breaks.
 */
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {normaliseLines} from '../src/stages/normalise.js'
import {resolveFootnotes} from '../src/stages/resolve-footnotes.js'
import {collapseWhiteSpace} from '../src/stages/white-space.js'
import type {SourceLine} from '../src/types.js'

const FRAGMENTS = [
  // bodies and markers
  '¹', '²', '³', '⁴⁸', '⁰', '⁽⁴³⁾', '⁽', '⁾', '¹⁰.', '[1]', '[2]', '[12]', '[0]', '*[1]*', '* [2]*', '***[3]**', '[',
  '¹ Có 09 chỉ tiêu đạt.', '⁴⁸Thực hiện quy trình', '² Theo báo cáo', '[1] Theo Nghị quyết', '  [2]* văn bản', '¹(',
  'kế hoạch¹,', 'so sánh ⁷⁴', '39.180,6 m²', 'km²', 'm³/ngày', '269ha²', '×10⁶', 'x10³', '10⁶', 'dam²',
  // page furniture
  '3', '- 3 -', 'Trang 3', '3/12', '-----', '_____', '* * *', 'NGHỊ QUYẾT SỐ 15', 'Nghị quyết số 15/NQ-HĐND', 'HĐND TỈNH',
  // headings and items
  '1. Mục tiêu', '1.1. Chỉ tiêu', 'Điều 2.', 'Điều 2', 'Phần thứ hai', 'Chương IV', 'Phụ lục 1', 'I. NHIỆM VỤ', 'II -',
  'a) nội dung', '(1) Tỷ lệ', '(a)', '- gạch', '+ cộng', '* sao', '** Đậm', '*2.2.', '_nghiêng_', '• chấm', 'PHẦN THỨ HAI',
  // running text
  'phát triển kinh tế', 'Tăng trưởng đạt 7%', 'và tiếp tục', 'câu kết thúc.', 'câu chưa xong', 'đạt 72%, giải quyết',
  'Hội đồng', 'ĐẠT', 'việc làm mới cho', 'kết thúc”', 'hết;', 'A', 'x', '…', ')', '.',
  // whitespace and tables
  '', ' ', '  ', '\t', 'a\tb', '| a | b |', '\u00a0', '\u2003'
]

const line = fc.array(fc.constantFrom(...FRAGMENTS), {maxLength: 4}).chain((parts) =>
  fc.constantFrom(' ', '').map((glue) => parts.join(glue))
)
/** Lines drawn from a small pool (so that running headers repeat), blank lines and fresh lines. */
const documentLines = fc
  .array(line, {minLength: 1, maxLength: 6})
  .chain((pool) => fc.array(fc.oneof(fc.constantFrom(...pool), fc.constant(''), line), {maxLength: 40}))
  .map((texts) => texts.map((text, index): SourceLine => ({line: index + 1, text})))

function run(resolve: typeof resolveFootnotes, lines: SourceLine[]) {
  const file = new VFile({path: 'x.txt', value: lines.map((sourceLine) => sourceLine.text).join('\n')})
  const result = resolve(lines, file)
  return {
    ...result,
    bodyLines: [...result.bodyLines],
    bracketLabels: [...result.bracketLabels],
    furnitureLines: [...result.furnitureLines],
    messages: file.messages.map((message) => [message.ruleId, message.reason, message.line, message.column, message.fatal])
  }
}

describe('resolveFootnotes fast paths', () => {
  it('should resolve lines from normaliseLines (which tells marker-free lines) as it resolves the same lines untold', () => {
    fc.assert(
      fc.property(documentLines, fc.constantFrom('\n', '\r\n'), (lines, newline) => {
        const normalised = normaliseLines(lines.map((sourceLine) => sourceLine.text).join(newline))
        expect(run(resolveFootnotes, normalised)).toEqual(run(resolveFootnotes, [...normalised]))
      }),
      {numRuns: 3000}
    )
  })

  it('should collapse whitespace as replace(/\\s+/g, " ").trim() does', () => {
    const spaces = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', 'a', 'Đ', '.', '')
    fc.assert(
      fc.property(fc.array(spaces, {maxLength: 30}), fc.string({unit: 'binary', maxLength: 30}), (parts, noise) => {
        for (const text of [parts.join(''), parts.join('') + noise, noise]) {
          expect(collapseWhiteSpace(text)).toBe(text.replace(/\s+/g, ' ').trim())
        }
      }),
      {numRuns: 3000}
    )
  })
})
