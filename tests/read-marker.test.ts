import {describe, expect, it} from 'vitest'
import {readMarker} from '../src/stages/read-marker.js'

describe('readMarker', () => {
  const cases: Array<[string, string | null, string | null]> = [
    ['Phần thứ hai', 'part', 'Phần thứ hai'],
    ['PHẦN THỨ NHẤT', 'part', 'PHẦN THỨ NHẤT'],
    ['Điều 2. Mục tiêu', 'article', 'Điều 2'],
    ['Điều 3: Tổ chức thực hiện', 'article', 'Điều 3'],
    ['II. MỤC TIÊU VÀ NHIỆM VỤ', 'roman', 'II'],
    ['3. Nhiệm vụ và giải pháp', 'arabic', '3'],
    ['3.1. Tập trung thực hiện', 'arabic2', '3.1'],
    ['3.10 Triển khai', 'arabic2', '3.10'],
    ['3. 6. Tiếp tục đổi mới', 'arabic2', '3.6'],
    ['1.2.3. Chi tiết', 'arabic3', '1.2.3'],
    ['a) Về kinh tế', 'letter', 'a)'],
    ['(7) Tỷ lệ hộ nghèo', 'paren', '(7)'],
    ['- (7) Tỷ lệ hộ nghèo', 'paren', '(7)'],
    ['- Thu nhập bình quân', 'dash', '-'],
    ['+ Công nghiệp', 'plus', '+'],
    ['* Công nghiệp, tiểu thủ công nghiệp', 'star', '*'],
    ['** Tài nguyên - Môi trường*', 'star', '*'],
    ['PHỤ LỤC 1', 'annex', 'PHỤ LỤC 1'],
    ['A. MỤC TIÊU', 'capital', 'A'],
    ['C. TỔ CHỨC THỰC HIỆN', 'capital', 'C'],
    ['V. NHIỆM VỤ', 'roman', 'V'],
    // A roman numeral and a dash or slash, in older documents.
    ['I - KẾT QUẢ THỰC HIỆN', 'roman', 'I'],
    ['II- MỤC TIÊU', 'roman', 'II'],
    ['III – **NHIỆM VỤ**', 'roman', 'III'],
    ['IV/ Tổ chức thực hiện', 'roman', 'IV'],
    ['V - xã hội', null, null],
    ['XI-MỤC TIÊU', null, null],
    ['(a) Về kinh tế', 'letter', '(a)'],
    ['(đ) Về quốc phòng', 'letter', '(đ)'],
    ['(A) Mục tiêu', null, null],
    // A bullet typed without its space, before a capital; not a sign or a hyphen.
    ['-Tốc độ tăng trưởng kinh tế', 'dash', '-'],
    ['+Công nghiệp', 'plus', '+'],
    ['-1 của Bộ Quốc phòng', null, null],
    ['-xã hội', null, null],
    ['1- Về phát triển kinh tế', 'arabic', '1'],
    ['2 - **Về văn hóa - xã hội**', 'arabic', '2'],
    ['3/ Nhiệm vụ và giải pháp', 'arabic', '3'],
    ['10 - 15% số xã', null, null],
    ['5/2024 là năm', null, null],
    // Not markers: figures, bold text, ordinary sentences.
    ['1.600 tỷ đồng', null, null],
    ['100% xã đạt chuẩn', null, null],
    ['52/52 thôn', null, null],
    ['**TM. ỦY BAN NHÂN DÂN', null, null],
    ['Phần lớn các chỉ tiêu', null, null],
    ['Năm 2024 là năm', null, null]
  ]
  for (const [text, kind, label] of cases) {
    it(`should read ${JSON.stringify(text)} as ${kind ?? 'no marker'}`, () => {
      const marker = readMarker(text)
      expect(marker?.kind ?? null).toBe(kind)
      expect(marker?.label ?? null).toBe(label)
    })
  }

  it('should report how many characters the marker takes, spaces included', () => {
    const text = '- (7) Tỷ lệ'
    const marker = readMarker(text)
    expect(text.slice(marker?.length)).toBe('Tỷ lệ')
    const dashed = 'II - MỤC TIÊU'
    expect(dashed.slice(readMarker(dashed)?.length)).toBe('MỤC TIÊU')
    for (const [item, rest] of [['-Tốc độ tăng trưởng', 'Tốc độ tăng trưởng'], ['(b) Về xã hội', 'Về xã hội']] as const) expect(item.slice(readMarker(item)?.length)).toBe(rest)
  })
})

describe('readMarker through emphasis', () => {
  it('should see the marker behind bold or italic markup', () => {
    expect(readMarker('**Điều 1. Mục tiêu, chỉ tiêu**')).toMatchObject({kind: 'article', label: 'Điều 1'})
    expect(readMarker('*2.1. Đẩy mạnh hoàn thiện thể chế*')).toMatchObject({kind: 'arabic2', label: '2.1'})
    expect(readMarker('*2.2.* *Tập trung nguồn lực*')).toMatchObject({kind: 'arabic2', label: '2.2'})
  })

  it('should still read a star followed by a space as a bullet', () => {
    expect(readMarker('* Công nghiệp')).toMatchObject({kind: 'star'})
  })
})
