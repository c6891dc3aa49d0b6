import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {extract} from '../src/extract.js'
import {findFlatTables, rejoinFlatTables} from '../src/stages/flat-tables.js'
import type {SourceLine} from '../src/types.js'

function toLines(texts: readonly string[]): SourceLine[] {
  return texts.map((text, index) => ({line: index + 1, text}))
}

/** A table as a converter flattens it: every "|" and every cell on a line of its own, empty cells as nothing. */
function flatten(rows: readonly (readonly string[])[]): string[] {
  const texts: string[] = []
  for (const row of rows) {
    texts.push('|')
    for (const cell of row) {
      if (cell !== '') texts.push(...cell.split('\n'))
      texts.push('|')
    }
  }
  return texts
}

describe('findFlatTables', () => {
  it('reads rows of a table flattened to one cell per line, with empty and multi-line cells', () => {
    const lines = toLines([
      'Biểu số 01',
      '',
      ...flatten([
        ['STT', 'Nội dung', 'Đơn vị', 'Năm 2026'],
        ['1', 'Tổng sản phẩm trong nước\ncủa địa phương (GRDP)', 'Tỷ đồng', '193.549'],
        ['2', 'Cơ cấu kinh tế', '', ''],
        ['', '- Dịch vụ', '%', '37,30']
      ]),
      '',
      'Văn bản tiếp theo.'
    ])
    const tables = findFlatTables(lines)
    expect(tables).toHaveLength(1)
    const [table] = tables
    expect(table?.columns).toBe(4)
    expect(table?.rows.map((row) => row.text)).toEqual([
      '| STT | Nội dung | Đơn vị | Năm 2026 |',
      '| 1 | Tổng sản phẩm trong nước của địa phương (GRDP) | Tỷ đồng | 193.549 |',
      '| 2 | Cơ cấu kinh tế |  |  |',
      '|  | - Dịch vụ | % | 37,30 |'
    ])
    // Each row is numbered as its first cell's line in the file.
    expect(table?.rows.map((row) => row.line)).toEqual([4, 13, 23, 31])
  })

  it('leaves rule lines drawn under names in a layout table out of the cells', () => {
    const lines = toLines(['|', 'ỦY BAN NHÂN DÂN', 'TỈNH CÀ MAU', '-------', '|', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '---------------', '|'])
    expect(findFlatTables(lines).map((table) => table.rows.map((row) => row.text))).toEqual([['| ỦY BAN NHÂN DÂN TỈNH CÀ MAU | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |']])
  })

  it('keeps a header whose merged cells were dropped as one wider row, and the data rows at the table width', () => {
    const lines = toLines([
      ...flatten([['STT', 'Nội dung', 'Năm 2025', 'Năm 2026'], ['Kế hoạch', 'Ước thực hiện']]),
      ...flatten([
        ['1', 'Thu NSNN', '100', '90', '120'],
        ['2', 'Chi NSĐP', '80', '85', '95'],
        ['3', 'Vay', '10', '', '12'],
        ['4', 'Trả nợ', '5', '5', '6']
      ])
    ])
    const [table] = findFlatTables(lines)
    expect(table?.columns).toBe(5)
    expect(table?.rows.map((row) => row.text)).toEqual([
      '| STT | Nội dung | Năm 2025 | Năm 2026 |  | Kế hoạch | Ước thực hiện |',
      '| 1 | Thu NSNN | 100 | 90 | 120 |',
      '| 2 | Chi NSĐP | 80 | 85 | 95 |',
      '| 3 | Vay | 10 |  | 12 |',
      '| 4 | Trả nợ | 5 | 5 | 6 |'
    ])
  })

  it('finds nothing in running text, pipe tables written a row per line, or a stray "|" line', () => {
    const lines = toLines(['| STT | Chỉ tiêu | Kế hoạch |', '|---|---|---|', '| 1 | Thu ngân sách | 100 |', '', '|', 'Một đoạn văn.', '', 'Đoạn khác.'])
    expect(findFlatTables(lines)).toEqual([])
    expect(rejoinFlatTables(lines, [])).toBe(lines)
  })

  it('ends a run before a cell too long to be one (running text after the table)', () => {
    const prose = Array.from({length: 12}, (_, index) => `dòng văn bản thứ ${index + 1}`)
    const lines = toLines([...flatten([['a', 'b'], ['c', 'd']]), ...prose, '|'])
    const tables = findFlatTables(lines)
    expect(tables).toHaveLength(1)
    expect(tables[0]?.end).toBe(10)
  })

  it('numbers a row of empty cells by its own lines, so that the lines stay in order', () => {
    const [table] = findFlatTables(toLines(flatten([['a', 'b'], ['', ''], ['c', 'd']])))
    const numbers = table?.rows.map((row) => row.line) ?? []
    expect(numbers).toEqual([...numbers].sort((x, y) => x - y))
    expect(new Set(numbers).size).toBe(3)
  })

  it('rejoins the rows in place of the flattened lines, keeping the other lines and their numbers', () => {
    const lines = toLines(['Trước bảng', '', ...flatten([['a', 'b'], ['c', 'd']]), '', 'Sau bảng'])
    const joined = rejoinFlatTables(lines, findFlatTables(lines))
    expect(joined).toEqual([
      {line: 1, text: 'Trước bảng'},
      {line: 2, text: ''},
      {line: 4, text: '| a | b |'},
      {line: 9, text: '| c | d |'},
      {line: 13, text: ''},
      {line: 14, text: 'Sau bảng'}
    ])
  })

  it('reads back any table most of whose rows are filled, whatever the other rows hold (property)', () => {
    const word = fc.constantFrom('Thu NSNN', '1.234', '8,5', '%', 'Tỷ đồng', '-', 'Chi đầu tư\nphát triển', 'I', 'a)')
    const cell = fc.oneof(word, fc.constant(''))
    const table = fc.integer({min: 2, max: 9}).chain((columns) => {
      const filled = fc.array(word, {minLength: columns, maxLength: columns})
      // A sparse row keeps at least one cell (a row of nothing but "|" lines is no row).
      const sparse = fc.array(cell, {minLength: columns, maxLength: columns}).filter((row) => row.some((text) => text !== ''))
      return fc
        .array(fc.oneof({arbitrary: filled, weight: 3}, {arbitrary: sparse, weight: 1}), {minLength: 3, maxLength: 12})
        .filter((rows) => rows.filter((row) => row.every((text: string) => text !== '')).length * 2 > rows.length)
        .map((rows) => ({columns, rows}))
    })
    fc.assert(
      fc.property(table, ({columns, rows}) => {
        const [found] = findFlatTables(toLines(flatten(rows)))
        expect(found?.columns).toBe(columns)
        expect(found?.rows.map((row) => row.text)).toEqual(rows.map((row) => `| ${row.map((text) => text.replace('\n', ' ')).join(' | ')} |`))
      }),
      {numRuns: 500}
    )
  })
})

describe('extract, on a document with a table flattened to one cell per line', () => {
  const text = [
    'HỘI ĐỒNG NHÂN DÂN TỈNH A',
    '',
    'NGHỊ QUYẾT',
    '',
    'I. CÁC CHỈ TIÊU',
    '',
    '1. Tổng sản phẩm tăng 8%.',
    '',
    'Biểu số 01',
    '',
    ...flatten([
      ['STT', 'Chỉ tiêu', 'Đơn vị', 'Năm 2026'],
      ['1', 'Giáo dục', '', ''],
      ['', '- Số giáo viên', 'Người', '20.954'],
      ['', '- Số học sinh', 'Người', '398.672'],
      ['2', 'Y tế', '', ''],
      ['', '- Số giường bệnh', 'Giường', '4.100']
    ]),
    ''
  ].join('\n')
  const record = extract({path: 'flat.txt', bytes: new TextEncoder().encode(text)})

  it('makes no section, indicator or task of the cells', () => {
    const headings = record.sections.map((section) => section.heading)
    expect(headings).toContain('CÁC CHỈ TIÊU')
    for (const cell of ['Số giáo viên', 'Số học sinh', 'Giáo dục', 'Y tế', 'Số giường bệnh']) expect(headings.join('\n')).not.toContain(cell)
    expect(record.tasks.map((task) => task.text).join('\n')).not.toContain('giáo viên')
    expect(record.indicators.map((indicator) => indicator.text).join('\n')).not.toContain('giáo viên')
  })

  it('says where it read such a table, and how', () => {
    expect(record.diagnostics.filter((diagnostic) => diagnostic.code === 'flat-table')).toEqual([
      {severity: 'info', code: 'flat-table', message: 'Table written one cell per line, read as 6 rows of 4 cells', line: 11, column: 1}
    ])
  })
})
