/** Test helpers: arbitrary strings built from the characters and words the text readers care about. */
import fc from 'fast-check'

/** Single characters: letters (Vietnamese, astral), digits, white space of all kinds, marks, punctuation. */
export const CHARACTERS = [
  'a', 'b', 'c', 'g', 'h', 'k', 'l', 'm', 'n', 'o', 'q', 't', 'u', 'y', 'A', 'C', 'Đ', 'đ', 'K', 'N', 'T', 'Q', 'U',
  'ộ', 'Ộ', 'ư', 'à', 'ả', 'ỳ', 'ệ', 'ơ', 'İ', '\u212a', 'ß', 'Σ',
  '1', '2', '9', '0',
  ' ', ' ', ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u2003', '\u3000', '\u2028', '\ufeff', '\u200b',
  '*', '*', '_', '_', ':', '：', '.', '!', '?', ';', ',', '…', '"', "'", '”', '’', '“', ')', ']', '(', '-', '–', '/', '|',
  '𝐀', '😀', '\ud835', '\udc00', '\u0301'
]

/** Words and phrases the readers look for, in several spellings. */
export const WORDS = [
  'thông qua', 'THÔNG QUA', 'Thông **qua**', 'qua', 'ngày 20 tháng 12 năm 2023', ' ngày 7 tháng 1 năm 2024',
  'Nơi nhận', 'NƠI NHẬN:', 'nơi nhận', 'Trên đây là', 'trên đây là ', 'Nghị quyết này đã được ', 'nghị quyết này được ',
  'TM. ', 'tm. ', 'KT. ', 'T/M ', 'TL. ', '**TM. ', 'Kelvin',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Cộng hòa xã hội chủ nghĩa Việt Nam', 'Độc lập - Tự do - Hạnh phúc', 'cộng đồng', 'độc', 'cỘng h', 'hoạt động',
  'của', 'và', 'Tăng', 'Phát triển', 'Luật ', 'Nghị định ', 'năm 2015', '08/2023/NĐ-CP', ' và ', '; ', ', ',
  '   ', '  ', ' *', '* ', '**', '__', '_x_', 'hoá', 'Uỷ', 'khoá'
]

/** A string of up to `maxLength` pieces, each a character or a word. */
export function text(maxLength = 40): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof(fc.constantFrom(...CHARACTERS), fc.constantFrom(...WORDS)), {maxLength})
    .map((pieces) => pieces.join(''))
}

/** Also plain random strings, in all of Unicode. */
export function anyText(): fc.Arbitrary<string> {
  return fc.oneof(text(), text(200), fc.string({unit: 'binary', maxLength: 60}), fc.string({unit: 'grapheme', maxLength: 60}))
}
