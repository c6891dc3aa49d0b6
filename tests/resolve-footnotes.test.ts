import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {resolveFootnotes, stripFootnoteMarkers} from '../src/stages/resolve-footnotes.js'
import type {SourceLine} from '../src/types.js'

/** Source lines of a template string: line 1 is the first line after the opening backtick. */
function toLines(text: string): SourceLine[] {
  return text.split('\n').map((value, index) => ({line: index + 1, text: value}))
}

function resolve(text: string) {
  const file = new VFile()
  const resolution = resolveFootnotes(toLines(text), file)
  const codes = file.messages.map((message) => `${message.ruleId}@${message.line}`)
  return {...resolution, file, codes}
}

describe('resolveFootnotes: bodies', () => {
  it('should read a body with a space after its label and link the glued marker', () => {
    const {footnotes, bodyLines, markers, codes} = resolve('Đạt và vượt kế hoạch¹, 03 chỉ tiêu.\n\n¹ Có 09 chỉ tiêu   đạt.')
    expect(footnotes).toEqual([{label: '1', line: 3, text: 'Có 09 chỉ tiêu đạt.', refs: [{line: 1, column: 21}]}])
    expect([...bodyLines]).toEqual([3])
    expect(markers).toEqual([{label: '1', line: 1, column: 21}])
    expect(codes).toEqual([])
  })

  it('should read a body glued to its label and report it as info', () => {
    const {footnotes, file} = resolve('Bổ nhiệm cán bộ⁴⁸; tiếp nhận.\n\n⁴⁸Thực hiện quy trình tiếp nhận.')
    expect(footnotes.map((footnote) => [footnote.label, footnote.text])).toEqual([['48', 'Thực hiện quy trình tiếp nhận.']])
    expect(file.messages.map((message) => [message.ruleId, message.line, message.fatal])).toEqual([
      ['footnote-no-space', 3, undefined],
      // The snippet starts at 48: footnotes 1-47 are missing.
      ['footnote-out-of-sequence', 3, false]
    ])
  })

  it('should read labels in superscript brackets, as markers and as bodies', () => {
    const {footnotes, markers} = resolve('Chăm sóc người có công⁽⁴³⁾; vượt kế hoạch⁽⁴⁴⁾.\n\n⁽⁴³⁾ Chi trả trợ cấp.\n\n⁴⁴ Tặng quà.')
    expect(markers).toEqual([
      {label: '43', line: 1, column: 23},
      {label: '44', line: 1, column: 42}
    ])
    expect(footnotes.map((footnote) => [footnote.label, footnote.line, footnote.text])).toEqual([
      ['43', 3, 'Chi trả trợ cấp.'],
      ['44', 5, 'Tặng quà.']
    ])
  })

  it('should keep a body soft-wrapped over the following lines', () => {
    const {footnotes, bodyLines} = resolve('Thu ngân sách⁵.\n\n⁵ Đạt 301,011 tỷ đồng,\ntăng 56,37% so với kế hoạch\n\nĐoạn sau.')
    expect(footnotes[0]?.text).toBe('Đạt 301,011 tỷ đồng, tăng 56,37% so với kế hoạch')
    expect([...bodyLines]).toEqual([3, 4])
  })

  it('should keep the next item of an inline sequence that a hard wrap put at the start of a line', () => {
    const {footnotes, bodyLines} = resolve(
      'Hoàn thành 3 công trình¹⁶.\n\n¹⁶ Gồm: (1) Công trình Kè chống sạt lở; (2) Cầu Ông Đạt, phường Bắc\nHồng;\n(3) Công trình Quảng trường thị xã.\n\n(3) Tỷ lệ hộ nghèo còn 2%.'
    )
    expect(footnotes[0]?.text).toBe('Gồm: (1) Công trình Kè chống sạt lở; (2) Cầu Ông Đạt, phường Bắc Hồng; (3) Công trình Quảng trường thị xã.')
    expect([...bodyLines]).toEqual([3, 4, 5])
    // A numbered item that goes on no sequence of the body is the running text again.
    const after = resolve('Hoàn thành 3 công trình¹⁶.\n\n¹⁶ Gồm: Công trình Kè chống sạt lở.\n(2) Tỷ lệ hộ nghèo còn 2%.')
    expect([...after.bodyLines]).toEqual([3])
  })

  it('should keep a body wrapped after a ";" before a capital, or before a sign "-1", and end it after a full stop', () => {
    const {footnotes} = resolve(
      'Tổ chức các giải thể thao⁴⁰.\n\n⁴⁰ Giải kéo co Nam Nữ mừng Xuân; Giải bóng đá TNNĐ;\nGiải bóng đá Nam chào mừng ngày Quốc khánh; pháo phòng không 37 mm\n-1 của Bộ CHQS tỉnh.\nNăm 2024, thị xã tiếp tục tổ chức các giải.'
    )
    expect(footnotes[0]?.text).toBe('Giải kéo co Nam Nữ mừng Xuân; Giải bóng đá TNNĐ; Giải bóng đá Nam chào mừng ngày Quốc khánh; pháo phòng không 37 mm -1 của Bộ CHQS tỉnh.')
    const range = resolve('Khen thưởng⁵¹.\n\n⁵¹ 08 cá nhân làm kinh tế giỏi giai đoạn 2018\n- 2023; 300 học sinh giỏi.')
    expect(range.footnotes[0]?.text).toBe('08 cá nhân làm kinh tế giỏi giai đoạn 2018 - 2023; 300 học sinh giỏi.')
  })

  it('should end a finished body at the page number under it, but keep a figure that goes on an unfinished one', () => {
    const text = 'Đạt 9/9 tiêu chí².\n\n² Đến tháng 11 năm 2019, huyện đã đạt 7/9 tiêu chí.\n' + ' '.repeat(70) + '2\nIII- NHIỆM VỤ VÀ GIẢI PHÁP'
    expect(resolve(text).footnotes[0]?.text).toBe('Đến tháng 11 năm 2019, huyện đã đạt 7/9 tiêu chí.')
    expect(resolve('Đạt 9/9 tiêu chí².\n\n² Số tiêu chí huyện đã đạt đến nay là\n7').footnotes[0]?.text).toBe('Số tiêu chí huyện đã đạt đến nay là 7')
  })

  it('should read a label alone on its line with the text on the next line', () => {
    const {footnotes} = resolve('Thu tiền sử dụng đất²⁰.\n\n²⁰\nTrong đó: Công ty nộp 30 tỷ đồng.')
    expect(footnotes).toEqual([{label: '20', line: 3, text: 'Trong đó: Công ty nộp 30 tỷ đồng.', refs: [{line: 1, column: 21}]}])
  })

  it('should not read a line that starts with a marker and punctuation as a body', () => {
    const {footnotes, markers} = resolve('¹⁰. Đẩy mạnh công tác tuyên truyền.')
    expect(footnotes).toEqual([])
    expect(markers).toEqual([{label: '10', line: 1, column: 1}])
  })
})

describe('resolveFootnotes: markers', () => {
  it('should find markers glued to words, to punctuation and after a space in table cells', () => {
    const text = [
      'Năm 2022⁴. Tuyên truyền⁶⁰ phòng chống; kết quả:⁷',
      '1\tGiá trị sản xuất theo giá so sánh ⁷⁴\t%\tTăng 6,45 %',
      '16\tXây dựng trường\tTrường\t4\t4 ⁷⁵\tĐạt KH',
      '',
      '⁴ A.',
      '⁷ B.',
      '⁶⁰ C.',
      '⁷⁴ D.',
      '⁷⁵ E.'
    ].join('\n')
    const {markers} = resolve(text)
    expect(markers.map((marker) => `${marker.label}@${marker.line}:${marker.column}`)).toEqual([
      '4@1:9',
      '60@1:24',
      '7@1:48',
      '74@2:37',
      '75@3:31'
    ])
  })

  it('should find a marker in an indicator list item', () => {
    const {footnotes} = resolve('- (13) Xây dựng 02 trường đạt chuẩn quốc gia⁶⁸.\n- (14) 52/52 thôn.\n\n⁶⁸ Trường THCS Đức Thuận.')
    expect(footnotes[0]?.refs).toEqual([{line: 1, column: 45}])
  })

  it('should not take the exponent of a unit for a marker', () => {
    const text = 'Diện tích 39.180,6 m². Thu hồi 84.041,8m²; giá 5 triệu đồng/m²; hồ 2 km²; bể 300 m³/ngày; 25⁰C; 3×10⁶ tế bào.'
    const {markers, codes} = resolve(text)
    expect(markers).toEqual([])
    expect(codes).toEqual([])
  })

  it('should read a marker right after a unit exponent and one after a word ending in m', () => {
    const {markers} = resolve('Tổng diện tích 500 m²³; năm²\n\n² A.\n\n³ B.')
    expect(markers.map((marker) => marker.label)).toEqual(['3', '2'])
  })

  it('should give every line holding the marker as a ref, once per line', () => {
    const {footnotes} = resolve('Một¹ và lại¹.\n\nHai¹.\n\n¹ Thân.')
    expect(footnotes[0]?.refs).toEqual([
      {line: 1, column: 4},
      {line: 3, column: 4}
    ])
  })
})

describe('resolveFootnotes: bracketed labels', () => {
  it('should read "[n]" where a matching "[n] body" line proves it', () => {
    const text = 'Thu tiền sử dụng đất ước đạt\n560 tỷ đồng *[1]*, bằng 81% dự toán.\n\n[1]\nTrong đó: Công ty nộp 30 tỷ đồng.\n\n[2] Cụ\nthể: giảm thuế.'
    const {footnotes, markers, bodyLines} = resolve(text)
    expect(footnotes).toEqual([{label: '1', line: 4, text: 'Trong đó: Công ty nộp 30 tỷ đồng.', refs: [{line: 2, column: 14}]}])
    expect(markers).toEqual([{label: '1', line: 2, column: 14}])
    expect([...bodyLines]).toEqual([4, 5])
  })

  it('should leave "[n]" alone when no body line matches', () => {
    const {footnotes, markers, codes} = resolve('Theo tài liệu [3], trang 5.\n\nKết luận.')
    expect(footnotes).toEqual([])
    expect(markers).toEqual([])
    expect(codes).toEqual([])
  })
})

describe('resolveFootnotes: diagnostics', () => {
  it('should report a marker without a body and a body without a marker', () => {
    const {codes, footnotes} = resolve('Câu có dấu¹ và dấu².\n\n¹ Thân một.\n\n³ Thân ba.')
    expect(codes.sort()).toEqual(['footnote-no-body@1', 'footnote-no-marker@5', 'footnote-out-of-sequence@5'])
    expect(footnotes.map((footnote) => footnote.label)).toEqual(['1', '3'])
  })

  it('should report a duplicate body and link each marker to the next body of its label', () => {
    const {codes, footnotes} = resolve('Phần đầu¹.\n\n¹ Thân đầu.\n\nPhụ lục¹.\n\n¹ Thân sau.')
    expect(codes).toEqual(['footnote-duplicate@7'])
    expect(footnotes.map((footnote) => [footnote.line, footnote.refs.map((ref) => ref.line)])).toEqual([
      [3, [1]],
      [7, [5]]
    ])
  })

  it('should report markers that go back in the numbering', () => {
    const {codes} = resolve('Một¹, hai³, lại hai².\n\n¹ A.\n\n² B.\n\n³ C.')
    expect(codes).toEqual(['footnote-out-of-sequence@1'])
  })
})

describe('resolveFootnotes: page-break joins', () => {
  it('should join a paragraph cut by footnote bodies, even when it resumes in upper case', () => {
    const text = [
      'Dự án Nhà máy sợi tại cụm công nghiệp Nam Hồng được',
      '',
      '⁵ Đạt 301,011 tỷ đồng.',
      '',
      '⁶ Lý do đạt mục tiêu.',
      '',
      'UBND tỉnh chấp thuận chủ trương đầu tư.'
    ].join('\n')
    const {joins} = resolve(text + '\n\nThu ngân sách⁵ và lý do⁶.')
    expect(joins).toEqual([{from: 1, to: 7}])
  })

  it('should join a numbered item that states figures, cut by a page break, to its end', () => {
    const item = '8. Tổng thu ngân sách nhà nước trên địa bàn đạt 4.350 tỷ đồng², trong đó thu nội địa 4.180 tỷ đồng (bao gồm thu tiền sử dụng đất'
    const {joins} = resolve([item, '² Dự toán Thủ tướng Chính phủ giao năm 2025 là 3.620 tỷ đồng.', '', '3', '1.050 tỷ đồng), thu từ hoạt động xuất nhập khẩu 170 tỷ đồng.'].join('\n'))
    // (before, a numbered line under thirty words read as a title, which a page break ends)
    expect(joins).toEqual([{from: 1, to: 5}])
    const title = resolve(['3. Nhiệm vụ, giải pháp chủ yếu năm 2025', '² Dự toán giao năm 2025.', '', '3', 'Tập trung phát triển công nghiệp.'].join('\n'))
    expect(title.joins).toEqual([])
  })

  it('should join across a blank line when the next paragraph starts in lower case', () => {
    const {joins} = resolve('3.3. Phát triển giao thông, các khu công nghiệp, cụm công\n\nnghiệp. Tăng cường công khai.')
    expect(joins).toEqual([{from: 1, to: 3}])
    // even after a ";", which ends a clause there; not after a full stop, a colon or a title in capitals
    expect(resolve('Tỷ lệ hộ nghèo giảm 1,5%;\n\ntỷ lệ lao động qua đào tạo đạt 70%.').joins).toEqual([{from: 1, to: 3}])
    for (const text of ['Tăng trưởng 8%.\n\nvà thu ngân sách tăng.', 'Các mục tiêu gồm:\n\ntăng trưởng 8%.', 'NGHỊ QUYẾT\n\nvề nhiệm vụ năm 2025'])
      expect(resolve(text).joins, text).toEqual([])
  })

  it('should join when the first paragraph ends with a closing emphasis but no stop', () => {
    const {joins} = resolve('Tập trung chỉ đạo, *hướng dẫn* các vụ việc*\n\ntồn đọng, kéo dài.')
    expect(joins).toEqual([{from: 1, to: 3}])
  })

  it('should not join a heading to what follows it', () => {
    const cases = [
      '2.1. Về kinh tế\n\n(1) Tổng sản phẩm trên địa bàn tăng 7,5%;',
      'Phần thứ hai\n\nNHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024',
      '3. Nhiệm vụ giải pháp\n\n3.1. Tổ chức quán triệt kịp thời',
      '1.1. Sản xuất công nghiệp\n\nLĩnh vực công nghiệp tiếp tục phát triển.',
      '6.2. Công tác Y tế; phòng chống dịch bệnh\n\n³³ Điểm trung bình.\n\nCông tác khám, chữa bệnh được chú trọng³³.',
      'KẾT QUẢ THỰC HIỆN KẾ HOẠCH\n\n¹ A.\n\nNăm 2023 là năm giữa nhiệm kỳ¹.',
      '** Y tế, dân số*\n\n¹ A.\n\nChủ động phòng, chống dịch¹.',
      // An item numbered the older way ("2- Về …", "II - …") starts its own paragraph after a page break.
      'Thu hút đầu tư vào các khu công nghiệp¹\n\n¹ A.\n\n2- Về văn hóa - xã hội¹',
      'Thu hút đầu tư vào các khu công nghiệp¹\n\n¹ A.\n\nIV/ TỔ CHỨC THỰC HIỆN¹'
    ]
    for (const text of cases) expect(resolve(text).joins, text).toEqual([])
  })

  it('should not join a complete paragraph or a new list item', () => {
    const cases = [
      'Thu ngân sách tăng cao so với kế hoạch⁵.\n\n⁵ A.\n\nTổ chức Lễ đón nhận Huân chương.',
      'Kết quả đạt được như sau: “Thị xã không có ma túy”\n\nTổ chức tốt các sự kiện.',
      'Các chỉ tiêu chủ yếu gồm\n\n- (1) Giá trị sản xuất tăng 11%.',
      'Các nhiệm vụ gồm\n\na) Chi đầu tư phát triển.',
      'Hoàn thành kế hoạch năm\n\n¹ A.\n\nĐiều 3. Tổ chức thực hiện¹',
      'Tổng số chỉ tiêu đạt là\n\nNăm 2024 tình hình thế giới diễn biến phức tạp.',
      '17\tThôn, Tổ dân phố văn hóa\tĐơn vị\t52\n\n⁷⁴ A.\n\n18\tGia đình văn hóa\t%\t95⁷⁴'
    ]
    for (const text of cases) expect(resolve(text).joins, text).toEqual([])
  })
})

describe('stripFootnoteMarkers', () => {
  it('should remove markers and report their labels', () => {
    expect(stripFootnoteMarkers('đạt và vượt kế hoạch¹, 03 chỉ tiêu không đạt², 01 chỉ tiêu¹')).toEqual({
      text: 'đạt và vượt kế hoạch, 03 chỉ tiêu không đạt, 01 chỉ tiêu',
      labels: ['1', '2']
    })
    expect(stripFootnoteMarkers('Giá trị sản xuất theo giá so sánh ⁷⁴')).toEqual({text: 'Giá trị sản xuất theo giá so sánh', labels: ['74']})
    expect(stripFootnoteMarkers('4 ⁷⁵\tĐạt KH')).toEqual({text: '4\tĐạt KH', labels: ['75']})
    expect(stripFootnoteMarkers('người có công⁽⁴³⁾; Đẩy mạnh')).toEqual({text: 'người có công; Đẩy mạnh', labels: ['43']})
    expect(stripFootnoteMarkers('tuyên truyền⁶⁰ phòng chống')).toEqual({text: 'tuyên truyền phòng chống', labels: ['60']})
    expect(stripFootnoteMarkers('kế hoạch¹chỉ tiêu')).toEqual({text: 'kế hoạch chỉ tiêu', labels: ['1']})
  })

  it('should keep unit exponents', () => {
    expect(stripFootnoteMarkers('39.180,6 m² và 84.041,8m²')).toEqual({text: '39.180,6 m² và 84.041,8m²', labels: []})
  })

  it('should remove bracketed markers only for proven labels, with the emphasis around them', () => {
    const bracketLabels = new Set(['1', '2', '3'])
    expect(stripFootnoteMarkers('560 tỷ đồng *[1]*, bằng', {bracketLabels}).text).toBe('560 tỷ đồng, bằng')
    expect(stripFootnoteMarkers('giảm thu ngân sách* [2]*.', {bracketLabels}).text).toBe('giảm thu ngân sách.')
    expect(stripFootnoteMarkers('*(chi thường xuyên 14.635 tỷ đồng***[3]**, chi trả)*', {bracketLabels}).text).toBe(
      '*(chi thường xuyên 14.635 tỷ đồng*, chi trả)*'
    )
    expect(stripFootnoteMarkers('Theo tài liệu [1].').text).toBe('Theo tài liệu [1].')
  })

  it('should leave text without markers unchanged', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme'}), (text) => {
        fc.pre(!/[\u00b9\u00b2\u00b3\u2070-\u207e]/.test(text))
        expect(stripFootnoteMarkers(text)).toEqual({text, labels: []})
      })
    )
  })

  it('should scan long lines in linear time', () => {
    const long = 'kế hoạch¹ m² [1] ⁽ '.repeat(40_000)
    const start = performance.now()
    const {labels} = stripFootnoteMarkers(long, {bracketLabels: new Set(['1'])})
    const resolution = resolveFootnotes(toLines(`${long}\n\n${'['.repeat(100_000)}\n\n¹ A.`), new VFile())
    expect(labels).toEqual(['1'])
    expect(resolution.footnotes).toHaveLength(1)
    expect(performance.now() - start).toBeLessThan(2000)
  })
})

describe('resolveFootnotes on seed 001', () => {
  const path = fileURLToPath(new URL('../seeds/001_b4e47fb29186cbe5.txt', import.meta.url))
  const lines = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((text, index) => ({line: index + 1, text: text.normalize('NFC').replace(/\u00a0/g, ' ')}))
  const file = new VFile({path})
  const resolution = resolveFootnotes(lines, file)

  it('should find the 76 footnotes in order, each referenced', () => {
    expect(resolution.footnotes.map((footnote) => footnote.label)).toEqual(Array.from({length: 76}, (_, index) => String(index + 1)))
    for (const footnote of resolution.footnotes) expect(footnote.refs.length, footnote.label).toBeGreaterThan(0)
    expect(resolution.markers).toHaveLength(76)
  })

  it('should link the bracketed, spaced and table markers', () => {
    const refLines = (label: string) => resolution.footnotes.find((footnote) => footnote.label === label)?.refs.map((ref) => ref.line)
    expect(refLines('1')).toEqual([17])
    expect(refLines('43')).toEqual([245])
    expect(refLines('58')).toEqual([317])
    expect(refLines('74')).toEqual([588])
    expect(refLines('75')).toEqual([603])
    expect(refLines('76')).toEqual([612])
  })

  it('should read footnote text without its label', () => {
    expect(resolution.footnotes[0]).toMatchObject({line: 19, text: 'Có 09 chỉ tiêu đạt, 08 chỉ tiêu vượt kế hoạch.'})
    expect(resolution.footnotes[47]?.text.startsWith('Thực hiện quy trình tiếp nhận')).toBe(true)
  })

  it('should report only the body written without a space', () => {
    expect(file.messages.map((message) => `${message.ruleId}@${message.line}`)).toEqual(['footnote-no-space@273'])
  })

  it('should rejoin the paragraphs cut by page breaks and no heading', () => {
    const joins = resolution.joins.map((join) => `${join.from}-${join.to}`)
    expect(joins).toContain('17-27')
    expect(joins).toContain('47-55')
    expect(joins).toContain('175-185')
    expect(joins).toContain('548-550')
    expect(joins).not.toContain('207-213')
    expect(joins).toHaveLength(18)
  })
})
