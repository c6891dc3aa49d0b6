import {describe, expect, it} from 'vitest'
import {normaliseLines} from '../src/stages/normalise.js'
import {foldForMatch} from '../src/vocabulary/orthography.js'

describe('normaliseLines', () => {
  it('should keep one entry per source line with its 1-based number, whatever the line ending', () => {
    const lines = normaliseLines('a\r\nb\nc\rd\n')
    expect(lines).toEqual([
      {line: 1, text: 'a'},
      {line: 2, text: 'b'},
      {line: 3, text: 'c'},
      {line: 4, text: 'd'}
    ])
  })

  it('should keep blank lines so that line numbers do not shift', () => {
    expect(normaliseLines('x\n\n\ny').map((line) => line.line)).toEqual([1, 2, 3, 4])
  })

  it('should compose decomposed (NFD) Vietnamese to NFC', () => {
    const nfd = 'Hội đồng nhân dân'.normalize('NFD')
    expect(nfd).not.toBe('Hội đồng nhân dân')
    expect(normaliseLines(nfd)[0]?.text).toBe('Hội đồng nhân dân')
  })

  it('should turn non-breaking and odd spaces into spaces and drop zero-width characters', () => {
    expect(normaliseLines('Số:\u00a0412/NQ\u200b-HĐND\u202f')[0]?.text).toBe('Số: 412/NQ-HĐND')
  })

  it('should write the Vietnamese letter for a look-alike of another alphabet (the eth "Ð" for "Đ")', () => {
    expect(normaliseLines('\u00d0IỀU 1. Mục tiêu\n\u00d0ảng bộ và chính quyền \u00f0ịa phương').map((line) => line.text)).toEqual([
      'ĐIỀU 1. Mục tiêu',
      'Đảng bộ và chính quyền địa phương'
    ])
    // (in a line that is otherwise ASCII too)
    expect(normaliseLines('Dieu \u00d0')[0]?.text).toBe('Dieu Đ')
  })

  it('should undo markdown escapes but leave LaTeX commands alone', () => {
    expect(normaliseLines('\\- Tỷ lệ\n1\\. Mục tiêu (\\*)\n$\\geq 7,5\\text{m}$').map((line) => line.text)).toEqual([
      '- Tỷ lệ',
      '1. Mục tiêu (*)',
      '$\\geq 7,5\\text{m}$'
    ])
  })

  it('should set a markdown heading in bold, without its hashes, and leave other hashes alone', () => {
    const text = ['## Điều 1. Mục tiêu', '### 2. Các chỉ tiêu chủ yếu ###', '# **QUYẾT NGHỊ:**', '   #### Về kinh tế', '##', 'Số #5 của tổ', '#hashtag', '    ## indented code'].join('\n')
    expect(normaliseLines(text).map((line) => line.text)).toEqual([
      '**Điều 1. Mục tiêu**',
      '**2. Các chỉ tiêu chủ yếu**',
      '**QUYẾT NGHỊ:**',
      '**Về kinh tế**',
      '',
      'Số #5 của tổ',
      '#hashtag',
      '    ## indented code'
    ])
  })

  it('should decode HTML entities left by copies from web pages', () => {
    expect(normaliseLines('Tỷ lệ&nbsp;hộ nghèo &lt; 2% &amp; giảm&#8211;&#x2013;')[0]?.text).toBe('Tỷ lệ hộ nghèo < 2% & giảm––')
    // A line break named by an entity is a space: the line stays one line.
    expect(normaliseLines('Thu ngân sách&#10;đạt 100%&#13;&#x2028;kế hoạch')).toEqual([{line: 1, text: 'Thu ngân sách đạt 100%  kế hoạch'}])
  })

  it('should make a space of the tab after a list number or bullet, as Word writes its lists, when the line holds no other tab', () => {
    expect(normaliseLines('1.\tVề kinh tế\n2.1.\tCông nghiệp\na)\tNông nghiệp\n(3)\tTỷ lệ hộ nghèo giảm\n•\tThu ngân sách\n**II.**\tNHIỆM VỤ').map((line) => line.text)).toEqual([
      '1. Về kinh tế',
      '2.1. Công nghiệp',
      'a) Nông nghiệp',
      '(3) Tỷ lệ hộ nghèo giảm',
      '• Thu ngân sách',
      '**II.** NHIỆM VỤ'
    ])
    // A bullet of a symbol font, or a middle dot before a tab, is written "•".
    expect(normaliseLines('\uf0b7\tThu ngân sách\n  \uf0a7 Chi ngân sách\n·\tVốn đầu tư\nA · B').map((line) => line.text)).toEqual([
      '• Thu ngân sách',
      '  • Chi ngân sách',
      '• Vốn đầu tư',
      'A · B'
    ])
    // Headings numbered by a word, as Word's numbered heading styles write them.
    expect(normaliseLines('Điều 1.\tMục tiêu\n**PHẦN THỨ HAI**\tNHIỆM VỤ\nChương II\tTổ chức').map((line) => line.text)).toEqual([
      'Điều 1. Mục tiêu',
      '**PHẦN THỨ HAI** NHIỆM VỤ',
      'Chương II Tổ chức'
    ])
    // A table row keeps its tabs: it has more cells, or a number without "." or ")".
    expect(normaliseLines('1.\tThu ngân sách\tTỷ đồng\t500\n1\tThu ngân sách')).toEqual([
      {line: 1, text: '1.\tThu ngân sách\tTỷ đồng\t500'},
      {line: 2, text: '1\tThu ngân sách'}
    ])
  })

  it('should keep tabs, which separate table cells', () => {
    expect(normaliseLines('1\tThu ngân sách\t%')[0]?.text).toBe('1\tThu ngân sách\t%')
  })
})

describe('foldForMatch', () => {
  it('should fold old tone placement to the new one in open syllables', () => {
    expect(foldForMatch('KHOÁ VII')).toBe(foldForMatch('Khóa VII'))
    expect(foldForMatch('Uỷ ban')).toBe('ủy ban')
    expect(foldForMatch('văn hoá')).toBe('văn hóa')
  })

  it('should leave closed syllables alone', () => {
    expect(foldForMatch('Hoàng')).toBe('hoàng')
    expect(foldForMatch('toàn')).toBe('toàn')
  })

  it('should keep the length of the text so positions stay valid', () => {
    const text = 'Khoá XX, Uỷ ban nhân dân thị xã'
    expect(foldForMatch(text)).toHaveLength(text.length)
  })
})
