/**
 * The block parser reads the wrap width from a count of line lengths instead of a sorted list. This
 * property checks it against the sort-based version it replaces.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {estimateWrapWidth, firstLinesCutShort, parseBlocks} from '../src/stages/parse-blocks.js'
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

function toLines(texts: readonly string[]): SourceLine[] {
  return texts.map((text, index) => ({line: index + 1, text}))
}

const NO_FOOTNOTES = {bodyLines: new Set<number>(), joins: []}

/** A paragraph of a PDF export: `first`, then full lines of about 78 characters. */
function wrapped(first: string, fullLines: number): string[] {
  const full = 'nguồn thu ngân sách còn hạn chế, thiếu ổn định, đặc biệt thực hiện quy định về'
  return [first, ...Array.from({length: fullLines}, () => full), '']
}

describe('estimateWrapWidth and pipe-table rows', () => {
  it('leaves pipe-table rows out: they are as long as their cells make them', () => {
    const prose = Array.from({length: 30}, () => ({text: 'x'.repeat(78)}))
    const rows = Array.from({length: 10}, () => ({text: `| ${'ô '.repeat(80)}|`}))
    const lines = [...prose, ...rows].map((line, index) => ({line: index + 1, text: line.text}))
    const lengths = lines.map((line) => line.text.trim().length)
    expect(estimateWrapWidth(lines, lengths, new Set())).toBe(78)
  })
})

describe('first lines cut short (a PDF export that breaks every paragraph after its first words)', () => {
  const cutShort = [
    ...wrapped('- Theo đánh giá trong 05 năm tới,', 4),
    ...wrapped('- Một số dự án đầu tư hạ tầng', 5),
    ...wrapped('- Nguồn thu từ đất chưa tương xứng', 4),
    ...wrapped('- Nhiều cơ chế, chính sách thuế', 5),
    ...wrapped('Bên cạnh những thuận lợi nêu', 4),
    // The second line starts with a capital: a proper noun ("Việt" / "Nam"), not a new paragraph.
    '- Dự báo tình hình kinh tế Việt',
    'Nam giai đoạn 2026 - 2030 tiếp tục tăng trưởng tích cực, kinh tế trong tỉnh ổn',
    'phát triển ổn định.',
    ''
  ]

  it('is told from the paragraphs whose second line goes on in lower case', () => {
    const lines = toLines(cutShort)
    const lengths = lines.map((line) => line.text.trim().length)
    const width = estimateWrapWidth(lines, lengths, new Set())
    expect(width).not.toBeNull()
    expect(firstLinesCutShort(lines, lengths, width as number)).toBe(true)
  })

  it('joins a short first line to a full line that starts with a capital', () => {
    const root = parseBlocks(toLines(cutShort), NO_FOOTNOTES)
    const texts = root.children.map((block) => (block.type === 'paragraph' ? block.text : ''))
    expect(texts).toHaveLength(6)
    expect(texts[5]).toMatch(/^- Dự báo tình hình kinh tế Việt Nam giai đoạn 2026 - 2030 .* phát triển ổn định\.$/)
  })

  it('is not seen in a PDF export whose first lines are full, where a short line before a capital ends', () => {
    const normal = [
      ...wrapped('- Công tác thu ngân sách luôn nhận được sự quan tâm lãnh đạo, chỉ đạo của các', 4),
      ...wrapped('- Ngành Thuế đã tập trung triển khai thực hiện tốt công tác quản lý thu, khai', 5),
      ...wrapped('- Do thay đổi chính sách thuế giá trị gia tăng với hàng hóa áp dụng mức thuế', 4),
      ...wrapped('- Tỷ lệ tiêu thụ vé số đạt trên 99% nên thu từ hoạt động xổ số ước vượt 19%', 5),
      ...wrapped('Bên cạnh những thuận lợi nêu trên, tình hình quản lý thu ngân sách năm 2025', 4),
      '- Thuận lợi cơ bản',
      'Năm 2025 tiếp tục tăng trưởng tích cực, kinh tế trong tỉnh phát triển ổn định, dự',
      ...wrapped('báo tốc độ tăng trưởng.', 1)
    ]
    const lines = toLines(normal)
    const lengths = lines.map((line) => line.text.trim().length)
    expect(firstLinesCutShort(lines, lengths, estimateWrapWidth(lines, lengths, new Set()) as number)).toBe(false)
    const texts = parseBlocks(lines, NO_FOOTNOTES).children.map((block) => (block.type === 'paragraph' ? block.text : ''))
    expect(texts[5]).toBe('- Thuận lợi cơ bản')
    expect(texts[6]).toMatch(/^Năm 2025 tiếp tục/)
  })
})

/** Six paragraphs of full lines (~78 characters): what the parser reads the wrap width from. */
const WRAPPED_BODY_PARAGRAPHS = 6
const WRAPPED_BODY = Array.from({length: WRAPPED_BODY_PARAGRAPHS}, () => wrapped('Năm 2024, tình hình thế giới tiếp tục diễn biến phức tạp; trong nước, kinh tế', 4)).flat()

/** The texts of the paragraphs that `item` makes after `WRAPPED_BODY` (which shows the wrap width). */
function texts(item: readonly string[]): string[] {
  return paragraphTexts([...WRAPPED_BODY, ...item, '']).slice(WRAPPED_BODY_PARAGRAPHS)
}

/** The text of each block the parser reads from `lines` ('' for a table row). */
function paragraphTexts(lines: readonly string[]): string[] {
  return parseBlocks(toLines(lines), NO_FOOTNOTES).children.map((block) => (block.type === 'paragraph' ? block.text : ''))
}

describe('a line that is one parenthesis, in a hard-wrapped file', () => {
  const texts = (title: readonly string[]) => paragraphTexts([...title, '', ...WRAPPED_BODY])

  it('stands alone under a full-width line (an aside under a title), not as its wrapped end', () => {
    const found = texts(['Tình hình kinh tế - xã hội năm 2024 và kế hoạch phát triển kinh tế - xã hội', '(Phục vụ Kỳ họp thứ 24, Hội đồng nhân dân tỉnh khóa XIII)'])
    expect(found.slice(0, 2)).toEqual(['Tình hình kinh tế - xã hội năm 2024 và kế hoạch phát triển kinh tế - xã hội', '(Phục vụ Kỳ họp thứ 24, Hội đồng nhân dân tỉnh khóa XIII)'])
  })

  it('stands apart from a title in capitals above it when the aside itself is wrapped', () => {
    const found = texts(['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024', '(Kèm theo Nghị quyết số 52/NQ-HĐND ngày 20 tháng 12 năm 2024 của Hội đồng nhân dân', 'xã Hòa Tiến)'])
    expect(found[0]).toBe('KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024')
  })

  it('goes on a wrapped line when the parenthesis closes before the line ends, or later', () => {
    const closedEarly = texts(['Tốc độ tăng trưởng giá trị sản xuất của các ngành kinh tế trên địa bàn đạt', '(giá so sánh 2010) 8,5%, vượt kế hoạch.'])
    expect(closedEarly[0]).toBe('Tốc độ tăng trưởng giá trị sản xuất của các ngành kinh tế trên địa bàn đạt (giá so sánh 2010) 8,5%, vượt kế hoạch.')
    const twoParentheses = texts(['Tốc độ tăng trưởng giá trị sản xuất của các ngành kinh tế trên địa bàn đạt', '(giá so sánh 2010) (ước tính)'])
    expect(twoParentheses[0]).toBe('Tốc độ tăng trưởng giá trị sản xuất của các ngành kinh tế trên địa bàn đạt (giá so sánh 2010) (ước tính)')
  })
})

describe('lines that reach the wrap width: list items, and a level of government before its name', () => {

  it('go on over a line that reaches the width, before a capital, where a numbered heading would not', () => {
    expect(texts(['(5) Tổng mức doanh thu bán lẻ hàng hóa và dịch vụ 95.000 tỷ đồng; Kim ngạch', 'Xuất khẩu đạt 7 tỷ đô la.'])).toEqual([
      '(5) Tổng mức doanh thu bán lẻ hàng hóa và dịch vụ 95.000 tỷ đồng; Kim ngạch Xuất khẩu đạt 7 tỷ đô la.'
    ])
    expect(texts(['3.2. Tăng cường công tác quản lý nhà nước về văn hóa, gia đình, thể thao và du', 'Đẩy mạnh phong trào toàn dân đoàn kết.'])).toHaveLength(2)
  })

  it('go on over a one-word acronym in capitals, an aside opened in lower case, a figure after a label', () => {
    expect(texts(['(5) Tổng mức doanh thu bán lẻ hàng hóa và dịch vụ 95.000 tỷ đồng; xuất khẩu 7 tỷ', 'USD.'])).toEqual([
      '(5) Tổng mức doanh thu bán lẻ hàng hóa và dịch vụ 95.000 tỷ đồng; xuất khẩu 7 tỷ USD.'
    ])
    expect(texts(['- (5) Tổng diện tích gieo trồng cả năm 2.610,4 ha; tổng sản lượng lương thực', '(*sản lượng thóc*) đạt trên 12.789,8 tấn.'])).toHaveLength(1)
    expect(texts(['- Cơ cấu kinh tế: Nông, lâm nghiệp, thuỷ sản: 24,4%; Công nghiệp - xây dựng:', '40,1%; Dịch vụ - TM: 35,5%.'])).toHaveLength(1)
    // A title in capitals is two words or more.
    expect(texts(['(5) Tổng mức doanh thu bán lẻ hàng hóa và dịch vụ 95.000 tỷ đồng; xuất khẩu 7 tỷ', 'PHẦN THỨ HAI'])).toHaveLength(2)
  })

  it('go on over a parenthesis that opens the next line or stays open, and over a clause cut before its figure', () => {
    // (before, each of these was two paragraphs)
    expect(texts(['7) Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) tăng 2 bậc so với năm 2024; chỉ số cải cách', '(PAR INDEX) đạt từ 88 điểm trở lên.'])).toHaveLength(1)
    expect(texts(['7) Chỉ số năng lực cạnh tranh cấp tỉnh tăng 2 bậc; chỉ số cải cách hành chính (PAR', 'INDEX) đạt từ 88 điểm trở lên.'])).toHaveLength(1)
    expect(texts(['- Có thêm 18 xã đạt chuẩn nông thôn mới nâng cao, 6 xã đạt chuẩn nông thôn mới kiểu mẫu;', '01 huyện đạt chuẩn nông thôn mới.'])).toHaveLength(1)
    // A short line is not cut by the width.
    expect(texts(['- Có thêm 18 xã đạt chuẩn;', '01 huyện đạt chuẩn nông thôn mới.'])).toHaveLength(2)
    // Rows of a two-column header set side by side with spaces are not wrapped text.
    expect(texts(['ỦY BAN NHÂN DÂN                           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'PHƯỜNG TÂN ĐỊNH                                 Độc lập - Tự do - Hạnh phúc'])).toHaveLength(2)
    // "Thành phố" as the authority, capitalised mid-sentence, as "Nhân dân" is.
    expect(texts(['2.1 Tổng thu ngân sách nhà nước trên địa bàn đạt 1.286 tỷ đồng, đạt 100% dự toán', 'Thành phố giao'])).toHaveLength(1)
    // A list item's full first line that ends in ";" goes on in its next clause, capital or not; a
    // paragraph without a marker does not ("Căn cứ …;" / "Căn cứ …;").
    expect(texts(['+ Cơ cấu giá trị sản xuất: Nông, lâm nghiệp, thủy sản 28,5%; Công nghiệp - xây dựng 36%;', 'Thương mại - dịch vụ 35,5%.'])).toHaveLength(1)
    expect(texts(['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 của Quốc hội;', 'Căn cứ Nghị quyết số 97/NQ-HĐND của Hội đồng nhân dân tỉnh;'])).toHaveLength(2)
  })

  it('go on, numbered headings too, from a line that ends with a level of government to the place\'s name', () => {
    expect(texts(['Điều 1. Thông qua các chỉ tiêu phát triển kinh tế - xã hội năm 2023 của thị xã', 'Phú Mỹ như sau:'])).toEqual([
      'Điều 1. Thông qua các chỉ tiêu phát triển kinh tế - xã hội năm 2023 của thị xã Phú Mỹ như sau:'
    ])
    expect(texts(['Điều 1. Thông qua các chỉ tiêu phát triển kinh tế - xã hội năm 2023 của **thành phố**', 'Bảo Lộc như sau:'])).toHaveLength(1)
    // A short line is not cut by the width: "… của xã" ends there.
    expect(texts(['Điều 1. Nhiệm vụ trọng tâm của xã', 'Phấn đấu hoàn thành các chỉ tiêu.'])).toHaveLength(2)
  })
})

describe('a range of years cut before its dash', () => {
  it('goes on, where a dash before anything else opens a bullet', () => {
    expect(paragraphTexts(['Khen thưởng 08 cá nhân làm kinh tế giỏi giai đoạn 2018', '- 2023; 300 học sinh giỏi năm học 2022-2023.'])).toEqual([
      'Khen thưởng 08 cá nhân làm kinh tế giỏi giai đoạn 2018 - 2023; 300 học sinh giỏi năm học 2022-2023.'
    ])
    expect(paragraphTexts(['Khen thưởng 08 cá nhân làm kinh tế giỏi năm 2018', '- 300 học sinh giỏi.'])).toHaveLength(2)
    expect(paragraphTexts(['Khen thưởng 08 cá nhân làm kinh tế giỏi', '- 2023: 300 học sinh giỏi.'])).toHaveLength(2)
  })

  it('goes on over a range of percentages cut before its dash', () => {
    // (before, "- 7%." was a bullet, and the indicator lost its label and its range)
    expect(paragraphTexts(['11. Tỷ lệ hộ nghèo giảm 3 - 3,5%; riêng các huyện nghèo giảm 6', '- 7%.'])).toEqual(['11. Tỷ lệ hộ nghèo giảm 3 - 3,5%; riêng các huyện nghèo giảm 6 - 7%.'])
  })
})

describe('an ordinal cut from its number', () => {
  it('goes on to the number, under a numbered heading too', () => {
    expect(paragraphTexts(['1. Tiếp tục thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ', 'XX, Nghị quyết Đại hội Đảng bộ huyện.'])).toEqual([
      '1. Tiếp tục thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, Nghị quyết Đại hội Đảng bộ huyện.'
    ])
  })
})

describe('a noun capitalised mid-sentence after a line that reaches the wrap width', () => {

  it('goes on the sentence, under a numbered heading too; a short line before it ends', () => {
    expect(texts(['3.16. Tiếp tục xây dựng chính quyền liêm chính, kiến tạo, hành động, phục vụ', 'Nhân dân; đổi mới, nâng cao hiệu lực quản lý.'])).toHaveLength(1)
    expect(texts(['1. Thực hiện hiệu quả các giải pháp thích ứng an toàn, kiểm soát hiệu quả dịch', 'Covid-19, tạo điều kiện cho sản xuất phục hồi.'])).toHaveLength(1)
    expect(texts(['3. Công tác dân vận', 'Nhân dân tích cực tham gia các phong trào.'])).toHaveLength(2)
  })
})
