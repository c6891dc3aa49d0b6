/**
 * Page furniture: what counts as a rule line, a page number, a running header or footer, and where.
 * The first-character test before the rule-line and page-number patterns is checked against the
 * patterns for every code unit.
 */
import {describe, expect, it} from 'vitest'
import {findPageFurniture} from '../src/stages/page-furniture.js'
import {PAGE_NUMBER, PAGE_NUMBER_FIRST, PAGE_NUMBER_LAST, RULE_LINE, RULE_LINE_FIRST, RULE_LINE_LAST} from '../src/vocabulary/footnote-layout.js'

/** The line numbers of the furniture of `texts` (line numbers from 1), in order. */
function furniture(texts: readonly string[], skip: readonly number[] = []): number[] {
  const found = findPageFurniture(texts.map((text, index) => ({line: index + 1, text})), new Set(skip))
  return [...found].sort((a, b) => a - b)
}

const HEADER = 'Nghị quyết số 15/NQ-HĐND'

describe('page furniture', () => {
  it('no line starting with another character is a rule line or a page number', () => {
    const matched: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      if (/\s/.test(char)) continue
      if (!RULE_LINE_FIRST.includes(char)) for (const rest of ['', '--', '---', ' - -']) if (RULE_LINE.test(char + rest)) matched.push(char + rest)
      if (!PAGE_NUMBER_FIRST.includes(char)) {
        for (const rest of ['', '1', ' 1', 'rang 1', 'RANG 12', '- 3 -', '3/12']) if (PAGE_NUMBER.test(char + rest)) matched.push(char + rest)
      }
    }
    expect(matched).toEqual([])
  })

  it('no line ending with another character is a rule line or a page number', () => {
    const matched: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      if (/\s/.test(char)) continue
      if (!RULE_LINE_LAST.includes(char)) for (const rest of ['', '--', '---', '- - ']) if (RULE_LINE.test(rest + char)) matched.push(rest + char)
      if (!PAGE_NUMBER_LAST.includes(char)) {
        for (const rest of ['', '1', '1 ', 'trang 1', 'TRANG 12 ', '- 3 ', '3/12', '3/']) if (PAGE_NUMBER.test(rest + char)) matched.push(rest + char)
      }
    }
    expect(matched).toEqual([])
  })

  it('takes a rule line wherever it stands', () => {
    expect(furniture(['Đoạn văn một.', '-----', 'Đoạn văn hai.'])).toEqual([2])
  })

  it('takes a page number between blank lines, or right after the footnote bodies of its page', () => {
    expect(furniture(['Đoạn văn một.', '', '- 3 -', '', 'Đoạn văn hai.'])).toEqual([3])
    expect(furniture(['Đoạn có chú thích¹', '¹ Chú thích.', '7', 'Đoạn hai.'], [2])).toEqual([3])
    // inside running text, a number is text
    expect(furniture(['Đoạn văn một.', '3', 'Đoạn văn hai.'])).toEqual([])
  })

  it('takes a repeated short line apart from the text three times, or twice beside page numbers', () => {
    const page = (text: string) => ['', HEADER, '', text]
    expect(furniture([...page('Đoạn một.'), ...page('Đoạn hai.'), ...page('Đoạn ba.')])).toEqual([2, 6, 10])
    expect(furniture([...page('Đoạn một.'), ...page('Đoạn hai.')])).toEqual([])
    expect(furniture(['Đoạn một.', '', '2', HEADER, '', 'Đoạn hai.', '', '3', HEADER, '', 'Đoạn ba.'])).toEqual([3, 4, 8, 9])
  })

  it('takes a footer that ends with its page number, and a header repeated right on top of the text of each page after one', () => {
    const page = (n: number, text: string) => [text, '', `Báo cáo số 215/BC-UBND - Trang ${n}`, '', 'UBND PHƯỜNG TÂN ĐỊNH']
    // (before, neither was furniture: the header went into the text, the footer too, as a line of its own)
    expect(furniture([...page(1, 'Đoạn một.'), ...page(2, 'Đoạn hai.'), 'Đoạn ba.'])).toEqual([3, 5, 8, 10])
    // A line that ends with "Trang" and a figure inside the text is no footer when it is long.
    expect(furniture(['Đoạn một có nhiều chữ, kéo dài hơn tám mươi ký tự để không phải là chân trang, trang 2'])).toEqual([])
  })

  it('takes a header printed once only in capitals, right under a page number that is furniture', () => {
    expect(furniture(['Đoạn có chú thích¹', '¹ Chú thích.', '2', 'BÁO CÁO TÌNH HÌNH NĂM 2023', 'tiếp đoạn một.'], [2])).toEqual([3, 4])
    expect(furniture(['Đoạn có chú thích¹', '¹ Chú thích.', '2', 'Báo cáo tình hình', 'tiếp đoạn một.'], [2])).toEqual([3])
    expect(furniture(['Đoạn một.', '', 'BÁO CÁO TÌNH HÌNH', '', 'Đoạn hai.'])).toEqual([])
  })

  it('leaves skipped lines and numbered headings alone, however often they repeat', () => {
    expect(furniture(['Đoạn một.', '', '-----', ''], [3])).toEqual([])
    expect(furniture(['1. Mục tiêu', '', 'x.', '', '1. Mục tiêu', '', 'y.', '', '1. Mục tiêu', ''])).toEqual([])
  })
})
