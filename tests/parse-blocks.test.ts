import {describe, expect, it} from 'vitest'
import {locate, type Paragraph} from '../src/stages/parse-blocks.js'
import {dedent, readSeed, stage} from './helpers/pipeline.js'

function paragraphs(text: string): Paragraph[] {
  return stage(text).root.children.filter((block): block is Paragraph => block.type === 'paragraph')
}

describe('parseBlocks', () => {
  it('should keep one paragraph per line in Word exports', () => {
    const found = paragraphs(dedent(`
      3.1. Tập trung thực hiện các nhiệm vụ lớn, trọng tâm
      Hoàn thành dứt điểm công tác giải phóng mặt bằng.
      Tiếp tục cụ thể hóa các Nghị quyết.
    `))
    expect(found.map((paragraph) => paragraph.text)).toEqual([
      '3.1. Tập trung thực hiện các nhiệm vụ lớn, trọng tâm',
      'Hoàn thành dứt điểm công tác giải phóng mặt bằng.',
      'Tiếp tục cụ thể hóa các Nghị quyết.'
    ])
  })

  it('should join the halves of a word the export cut at a line end, without a space', () => {
    const [paragraph] = paragraphs('(6) Tỷ lệ hộ nghèo giảm 2,5%; tỷ lệ hộ cận ng\nhèo giảm 1,2%.')
    expect(paragraph?.text).toBe('(6) Tỷ lệ hộ nghèo giảm 2,5%; tỷ lệ hộ cận nghèo giảm 1,2%.')
    // The second line starts where its half of the word does.
    const second = paragraph?.segments[1]
    expect(second).toEqual({line: 2, offset: paragraph?.text.lastIndexOf('hèo'), column: 1})
    expect(locate(paragraph as Paragraph, (paragraph?.text.indexOf('giảm 1,2') as number) + 1)).toEqual({line: 2, column: 6})
  })

  it('should keep the space after a one-letter unit, an upper-case abbreviation or punctuation', () => {
    expect(paragraphs('Mức hỗ trợ 500.000 đ\nmỗi tháng cho mỗi hộ.').map((paragraph) => paragraph.text)).toEqual(['Mức hỗ trợ 500.000 đ mỗi tháng cho mỗi hộ.'])
    expect(paragraphs('Dịch vụ vận tải NG\nhoạt động ổn định.').map((paragraph) => paragraph.text)).toEqual(['Dịch vụ vận tải NG hoạt động ổn định.'])
    expect(paragraphs('Tỷ lệ hộ cận ng,\nhèo giảm.').map((paragraph) => paragraph.text)).toEqual(['Tỷ lệ hộ cận ng, hèo giảm.'])
  })

  it('should join a line wrapped inside a sentence when the next line goes on in lower case', () => {
    const found = paragraphs('(1) Tổng sản phẩm trên địa bàn tăng\n7,5-8%, phấn đấu trên 8%;\n(2) Chỉ số sản xuất công nghiệp tăng 8%.')
    expect(found.map((paragraph) => paragraph.text)).toEqual([
      '(1) Tổng sản phẩm trên địa bàn tăng 7,5-8%, phấn đấu trên 8%;',
      '(2) Chỉ số sản xuất công nghiệp tăng 8%.'
    ])
    expect(found[0]?.segments.map((segment) => segment.line)).toEqual([1, 2])
  })

  it('should join a line that ends with a word that cannot end a sentence', () => {
    const found = paragraphs('Căn cứ Luật sửa đổi một số điều của Luật Tổ chức Chính phủ và\nLuật Tổ chức chính quyền địa phương;')
    expect(found).toHaveLength(1)
  })

  it('should join the lines of an emphasis left open', () => {
    const found = paragraphs('*Căn cứ Chỉ thị số 21/CT-TTg của Thủ tướng\nChính phủ về xây dựng kế hoạch;*\n*Căn cứ Luật Ngân sách;*')
    expect(found).toHaveLength(2)
  })

  it('should join the lines of a bold heading left open, whose next line is in capitals', () => {
    const found = paragraphs(dedent(`
      **I. TÌNH HÌNH
      THỰC HIỆN NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2025**
      **1. Đánh giá tình hình phát triển kinh tế - xã hội**
    `))
    expect(found.map((paragraph) => paragraph.text)).toEqual([
      '**I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2025**',
      '**1. Đánh giá tình hình phát triển kinh tế - xã hội**'
    ])
  })

  it('should count runs of stars, not stars: a bold footnote marker after a bold figure leaves nothing open', () => {
    // "***[3]**" is two runs (one opens, one closes); five stars would have read as an emphasis left open.
    const found = paragraphs('Chi trả nợ gốc 635,050 tỷ đồng***[3]**.\nTHU NGÂN SÁCH NHÀ NƯỚC')
    expect(found).toHaveLength(2)
  })

  it('should not join a heading to the body line after it', () => {
    const found = paragraphs('2.1. Về kinh tế\nTổng sản phẩm tăng 7%.')
    expect(found).toHaveLength(2)
  })

  it('should rejoin a paragraph cut by a page break and footnote bodies, and leave the bodies out', () => {
    const text = readSeed('001_b4e47fb29186cbe5')
    const found = paragraphs(text)
    const cut = found.find((paragraph) => paragraph.text.includes('Nam Hồng được UBND tỉnh chấp thuận'))
    expect(cut?.segments.map((segment) => segment.line)).toEqual([47, 55])
    expect(found.some((paragraph) => paragraph.text.startsWith('⁵'))).toBe(false)
  })

  it('should rejoin a paragraph cut by a page break in mid-sentence (seed 003)', () => {
    const found = paragraphs(readSeed('003_c59187114e89ad75'))
    const cut = found.find((paragraph) => paragraph.text.startsWith('3.3.'))
    expect(cut?.text).toContain('cụm công nghiệp. Tăng cường công khai')
  })

  it('should look through page numbers and running headers at a page break', () => {
    const text = '(3) Diện tích cây ăn quả sản xuất\n2\nNghị quyết số 15/NQ-HĐND\ntheo tiêu chuẩn VietGAP đạt 18.500 ha.\n(4) Tỷ lệ hộ nghèo giảm 1%.\n\n3\nNghị quyết số 15/NQ-HĐND\n(5) Có thêm 02 xã.'
    expect(paragraphs(text).map((paragraph) => paragraph.text)).toEqual([
      '(3) Diện tích cây ăn quả sản xuất theo tiêu chuẩn VietGAP đạt 18.500 ha.',
      '(4) Tỷ lệ hộ nghèo giảm 1%.',
      '(5) Có thêm 02 xã.'
    ])
  })

  it('should rejoin an item across footnote bodies, a page number and a header printed once', () => {
    const text = '(6) Tỷ lệ lao động qua đào tạo đạt 72%; giải quyết việc làm mới cho\n______________\n¹ Bao gồm vốn đầu tư.\n\n2\nNGHỊ QUYẾT SỐ 152/NQ-HĐND NGÀY 12/12/2024\n\n20.000 lao động, trong đó xuất khẩu lao động 6.500 người¹.\n(7) Tỷ lệ hộ nghèo giảm 0,8%.'
    expect(paragraphs(text).map((paragraph) => paragraph.text)).toEqual([
      '(6) Tỷ lệ lao động qua đào tạo đạt 72%; giải quyết việc làm mới cho 20.000 lao động, trong đó xuất khẩu lao động 6.500 người¹.',
      '(7) Tỷ lệ hộ nghèo giảm 0,8%.'
    ])
  })

  it('should skip rule lines and join a hyphen the wrap put at the start of a line', () => {
    expect(paragraphs('--------\nSố: 62/NQ-HĐND').map((paragraph) => paragraph.text)).toEqual(['Số: 62/NQ-HĐND'])
    expect(paragraphs('3.3. Đầu tư hạ tầng kinh tế\n- xã hội đồng bộ.\n- Tăng cường quản lý.')).toHaveLength(2)
  })

  it('should read tab-separated lines as table rows', () => {
    const {root} = stage('Số TT\tCHỈ TIÊU\tĐơn vị\n1\tThu ngân sách\tTỷ đồng')
    expect(root.children.map((block) => block.type)).toEqual(['tableRow', 'tableRow'])
  })

  it('should give every block a position inside the file', () => {
    for (const stem of ['000_7d171519f209845d', '003_c59187114e89ad75']) {
      const text = readSeed(stem)
      const count = text.split('\n').length
      for (const block of stage(text).root.children) {
        expect(block.position.start.line).toBeGreaterThanOrEqual(1)
        expect(block.position.end.line).toBeLessThanOrEqual(count)
      }
    }
  })
})
