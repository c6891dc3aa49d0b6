import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {extractAppendix} from '../src/stages/extract-appendix.js'
import {resolveFootnotes} from '../src/stages/resolve-footnotes.js'
import type {SourceLine} from '../src/types.js'

function toLines(text: string): SourceLine[] {
  return text.split('\n').map((value, index) => ({line: index + 1, text: value}))
}

function extract(text: string) {
  const lines = toLines(text)
  const file = new VFile()
  const rows = extractAppendix(lines, resolveFootnotes(lines, file), file)
  const codes = file.messages.map((message) => `${message.ruleId}@${message.line}`)
  return {rows, codes}
}

const TAB_ANNEX = [
  'Nguyễn Văn A', // 1
  '', // 2
  'PHỤ LỤC 1', // 3
  '', // 4
  '**Đánh giá kết quả thực hiện các chỉ tiêu tại', // 5
  'Nghị quyết số 51/NQ-HĐND của HĐND thị xã**', // 6
  '*(Kèm theo Báo cáo số 12/BC-UBND)*', // 7
  '', // 8
  'Số TT\tCHỈ TIÊU\tĐơn vị\tKế hoạch năm 2023\tƯớc thực hiện năm 2023\tĐánh giá', // 9
  '1\tGiá trị sản xuất theo giá so sánh ⁷⁴\t%\tTăng trên 13%\tTăng 6,45 %\tKhông đạt KH', // 10
  '2\tThu nhập bình quân đầu người\tTr. đồng/ người/ năm\t69\t63,41\tKhông đạt KH', // 11
  '', // 12
  '⁷⁴ Lý do đạt mục tiêu.', // 13
  '', // 14
  '⁷⁵ Trường MN Trung Lương;', // 15
  '', // 16
  '3\tXây dựng trường đạt chuẩn\tTrường\t4\t4 ⁷⁵\tĐạt KH', // 17
  '4\tCơ quan công sở đạt chuẩn văn hóa\t%\t97\tChưa đánh giá\t', // 18
  '', // 19
  'UBND THỊ XÃ HỒNG LĨNH' // 20
].join('\n')

describe('extractAppendix: tab tables', () => {
  const {rows, codes} = extract(TAB_ANNEX)

  it('should read every data row, across the footnote bodies that split the table', () => {
    expect(rows.map((row) => [row.label, row.line])).toEqual([
      ['1', 10],
      ['2', 11],
      ['3', 17],
      ['4', 18]
    ])
    expect(codes.filter((code) => code.startsWith('appendix'))).toEqual([])
  })

  it('should map columns by header keywords and remove markers from cells', () => {
    expect(rows[0]).toEqual({
      label: '1',
      line: 10,
      table: 'Đánh giá kết quả thực hiện các chỉ tiêu tại Nghị quyết số 51/NQ-HĐND của HĐND thị xã',
      name: 'Giá trị sản xuất theo giá so sánh',
      unit: '%',
      plan: 'Tăng trên 13%',
      actual: 'Tăng 6,45 %',
      assessment: 'Không đạt KH',
      cells: ['1', 'Giá trị sản xuất theo giá so sánh', '%', 'Tăng trên 13%', 'Tăng 6,45 %', 'Không đạt KH'],
      footnotes: ['74']
    })
    expect(rows[2]).toMatchObject({actual: '4', footnotes: ['75']})
  })

  it('should give "" for an empty cell, also when the export trimmed the trailing tab', () => {
    expect(rows[3]?.assessment).toBe('')
    const trimmed = extract(TAB_ANNEX.replace('Chưa đánh giá\t', 'Chưa đánh giá')).rows
    expect(trimmed[3]?.assessment).toBe('')
  })

  it('should give null for a column the table does not have', () => {
    const {rows: short} = extract('PHỤ LỤC\n\nSTT\tChỉ tiêu\tKế hoạch\n1\tThu ngân sách\t125.000')
    expect(short).toEqual([
      {label: '1', line: 4, table: null, name: 'Thu ngân sách', unit: null, plan: '125.000', actual: null, assessment: null, cells: ['1', 'Thu ngân sách', '125.000'], footnotes: []}
    ])
  })

  it('should leave an aside under the title out of it, also when the aside is wrapped over lines', () => {
    const text = [
      'PHỤ LỤC',
      'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024',
      '(Kèm theo Nghị quyết số 52/NQ-HĐND ngày 20 tháng 12 năm 2024 của Hội đồng nhân dân xã',
      'Hòa Tiến)',
      'STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch\tThực hiện',
      '1\tTổng giá trị sản xuất\t%\t8\t8,3'
    ].join('\n')
    // (before, "Hòa Tiến)" went into the title)
    expect(extract(text).rows.map((row) => row.table)).toEqual(['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024'])
  })

  it('should read no table outside an annex', () => {
    expect(extract('Số TT\tChỉ tiêu\tĐơn vị\tKế hoạch\n1\tThu ngân sách\tTỷ đồng\t125').rows).toEqual([])
  })
})

describe('extractAppendix: other layouts', () => {
  it('should read a pipe table with a markdown separator row', () => {
    const text = [
      '# PHỤ LỤC II: KẾT QUẢ THỰC HIỆN CHỈ TIÊU',
      '',
      '| STT | Nội dung | ĐVT | KH | TH | So sánh |',
      '|---|:---|---|---:|---:|:---:|',
      '| 1 | Tổng vốn đầu tư | Tỷ đồng | 1.400 | 1.721,4 | Vượt KH |',
      '| 2 | **Thu ngân sách**² | Tỷ đồng | 192,5 | 301,011 | |',
      '',
      '² Gồm thu nội địa.'
    ].join('\n')
    const {rows} = extract(text)
    expect(rows.map((row) => [row.label, row.name, row.unit, row.plan, row.actual, row.assessment, row.footnotes])).toEqual([
      ['1', 'Tổng vốn đầu tư', 'Tỷ đồng', '1.400', '1.721,4', 'Vượt KH', []],
      ['2', 'Thu ngân sách', 'Tỷ đồng', '192,5', '301,011', '', ['2']]
    ])
    expect(rows[0]?.table).toBe('KẾT QUẢ THỰC HIỆN CHỈ TIÊU')
  })

  it('should read a table aligned with spaces', () => {
    const text = [
      'Phụ lục số 02',
      'Các chỉ tiêu xã hội',
      'TT   Chỉ tiêu                 Đơn vị   Kế hoạch   Thực hiện',
      '1    Tỷ lệ hộ nghèo           %        2,32       2',
      '2    Giải quyết việc làm      Người    1.200      942'
    ].join('\n')
    const {rows} = extract(text)
    expect(rows.map((row) => [row.label, row.name, row.unit, row.plan, row.actual, row.assessment])).toEqual([
      ['1', 'Tỷ lệ hộ nghèo', '%', '2,32', '2', null],
      ['2', 'Giải quyết việc làm', 'Người', '1.200', '942', null]
    ])
    expect(rows[0]?.table).toBe('Các chỉ tiêu xã hội')
  })

  it('should merge a second header row and skip the column numbering row', () => {
    const text = [
      'PHỤ LỤC',
      'STT\tNội dung\tĐơn vị tính\tNăm 2025\t',
      '\t\t\tKế hoạch\tƯớc thực hiện',
      '(1)\t(2)\t(3)\t(4)\t(5)',
      'I\tTổng thu ngân sách\tTỷ đồng\t100\t102'
    ].join('\n')
    const {rows} = extract(text)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({label: 'I', name: 'Tổng thu ngân sách', unit: 'Tỷ đồng', plan: '100', actual: '102'})
  })

  it('should skip a second header row that names no column, and the rows that only head a group', () => {
    const text = [
      'PHỤ LỤC',
      '| STT | Chỉ tiêu | Đơn vị tính | Ước thực hiện 2023 | Kế hoạch 2024 | |',
      '|---|---|---|---|---|---|',
      '| | | | | Giao | Phấn đấu |',
      '| I | Chỉ tiêu kinh tế | | | | |',
      '| 1 | Tốc độ tăng trưởng GRDP | % | 6,02 | 6,5 | 7 |',
      '| II | Chỉ tiêu xã hội | | | | |',
      '| 2 | Tỷ lệ hộ nghèo | % | 2,1 | 1,9 | 1,8 |'
    ].join('\n')
    const {rows} = extract(text)
    expect(rows.map((row) => [row.label, row.name, row.plan, row.actual])).toEqual([
      ['1', 'Tốc độ tăng trưởng GRDP', '6,5', '6,02'],
      ['2', 'Tỷ lệ hộ nghèo', '1,9', '2,1']
    ])
  })

  it('should take a row with a unit or a figure for data, and one with only a label and a name for a group', () => {
    const text = ['PHỤ LỤC', 'STT\tChỉ tiêu\tĐơn vị\tKế hoạch', '1\tSố xã đạt chuẩn\tXã\t', '2\tSố hộ nghèo\t\t'].join('\n')
    expect(extract(text).rows.map((row) => row.label)).toEqual(['1'])
  })

  it('should skip a header repeated on the next page and resume when the numbering carries on', () => {
    const text = [
      'PHỤ LỤC',
      'TT\tChỉ tiêu\tKế hoạch',
      '1\tA\t10',
      '',
      'Trang 2',
      '',
      'TT\tChỉ tiêu\tKế hoạch',
      '2\tB\t20',
      'UBND HUYỆN',
      '3\tC\t30',
      'Ghi chú cuối',
      '7\tKhông thuộc bảng\t70'
    ].join('\n')
    expect(extract(text).rows.map((row) => row.name)).toEqual(['A', 'B', 'C'])
  })

  it('should start a new table at a new header, titled by the lines before it', () => {
    const text = ['PHỤ LỤC', 'Biểu 1', 'TT\tChỉ tiêu\tKế hoạch', '1\tA\t10', 'Biểu 2: chi ngân sách', 'TT\tNội dung\tDự toán', '1\tB\t20'].join('\n')
    expect(extract(text).rows.map((row) => [row.table, row.name, row.plan])).toEqual([
      ['Biểu 1', 'A', '10'],
      ['Biểu 2: chi ngân sách', 'B', '20']
    ])
  })

  it('should report a table without a header row', () => {
    const {rows, codes} = extract('PHỤ LỤC 3\n\n1\tThu ngân sách\t125\n2\tChi ngân sách\t130')
    expect(rows).toEqual([])
    expect(codes).toEqual(['appendix-no-header@3'])
  })

  it('should report an annex without a readable table', () => {
    expect(extract('PHỤ LỤC 3\n\nDanh sách các dự án kèm theo.').codes).toEqual(['appendix-no-table@1'])
  })

  it('should not take a sentence that starts with "Phụ lục" for an annex heading', () => {
    expect(extract('Phụ lục kèm theo báo cáo\nSTT\tChỉ tiêu\tKế hoạch\n1\tA\t10').rows).toEqual([])
  })
})

describe('extractAppendix on seed 001', () => {
  const path = fileURLToPath(new URL('../seeds/001_b4e47fb29186cbe5.txt', import.meta.url))
  const lines = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((text, index) => ({line: index + 1, text: text.normalize('NFC').replace(/\u00a0/g, ' ')}))
  const file = new VFile({path})
  const rows = extractAppendix(lines, resolveFootnotes(lines, file), file)

  it('should read the 21 rows of the annex, across the footnotes that split it', () => {
    expect(rows.map((row) => row.label)).toEqual(Array.from({length: 21}, (_, index) => String(index + 1)))
    expect(rows[16]?.line).toBe(604)
    expect(rows[17]?.line).toBe(610)
    expect(file.messages.filter((message) => message.ruleId?.startsWith('appendix'))).toEqual([])
  })

  it('should fill the fields and the footnotes of each row', () => {
    expect(rows[0]).toMatchObject({name: 'Giá trị sản xuất một số ngành kinh tế chủ yếu theo giá so sánh', footnotes: ['74']})
    expect(rows[15]).toMatchObject({actual: '4', footnotes: ['75']})
    expect(rows[18]).toMatchObject({unit: '%', plan: '97', actual: 'Áp dụng quy định mới chưa đánh giá', assessment: ''})
    expect(rows[19]).toMatchObject({actual: '9', assessment: 'Đạt KH', footnotes: ['76']})
    expect(rows[0]?.table).toBe('Đánh giá kết quả thực hiện các chỉ tiêu kế hoạch chủ yếu tại Nghị quyết số 51/NQ-HĐND ngày 27/12/2022 của HĐND thị xã')
  })
})
