import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {foldForMatch} from '../src/vocabulary/orthography.js'

describe('foldForMatch', () => {
  it('lower-cases and moves old-placement tones to the first vowel at the end of a syllable', () => {
    expect(foldForMatch('Công nghiệp hoá, hiện đại hoá')).toBe('công nghiệp hóa, hiện đại hóa')
    expect(foldForMatch('Uỷ ban nhân dân; Khoá XI')).toBe('ủy ban nhân dân; khóa xi')
    expect(foldForMatch('hoè, thuý')).toBe('hòe, thúy')
  })

  it('leaves a pair alone where the syllable goes on ("hoàn", "quýt")', () => {
    expect(foldForMatch('Hoàn thành; quýt')).toBe('hoàn thành; quýt')
  })

  it('keeps the length of any text, "İ" included (its lower case is two code units), so positions stay valid', () => {
    expect(foldForMatch('İT NHẤT')).toBe('it nhất')
    fc.assert(
      fc.property(fc.oneof(fc.string({unit: 'binary'}), fc.string({unit: 'grapheme'}), fc.string({unit: fc.constantFrom('İ', 'I', 'ı', 'Σ', 'ΑΣ', 'ß', 'ẞ', 'ŉ', '\u212a', 'Uỷ', 'hoá', ' ')})), (text) => {
        expect(foldForMatch(text)).toHaveLength(text.length)
      })
    )
  })

  it('relies on "İ" being the only code point whose lower case has another length (in this ICU)', () => {
    const longer: number[] = []
    for (let code = 0; code < 0x110000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const char = String.fromCodePoint(code)
      if (char.toLowerCase().length !== char.length) longer.push(code)
    }
    expect(longer).toEqual([0x130])
  })

  it('keeps the length of its input, so positions stay valid', () => {
    const syllables = fc.constantFrom('hoá', 'Uỷ', 'hoàn', 'ban', 'Ủy', 'quý', 'oè', ' ', ', ', 'Đ', '1,5')
    fc.assert(
      fc.property(fc.array(syllables, {maxLength: 30}), (parts) => {
        const text = parts.join('')
        expect(foldForMatch(text)).toHaveLength(text.length)
        expect(foldForMatch(foldForMatch(text))).toBe(foldForMatch(text))
      })
    )
  })
})

describe('foldForMatch against the plain regex replacement', () => {
  const OLD_TO_NEW: Record<string, string> = {oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa', oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe', uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy'}
  const reference = (text: string) => text.toLowerCase().replace(/(o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?![\p{L}\p{M}])/gu, (pair) => OLD_TO_NEW[pair] ?? pair)
  it('gives the same result on text made of the pairs, letters, marks and spaces', () => {
    const piece = fc.constantFrom('o', 'O', 'u', 'U', 'à', 'á', 'ẹ', 'ỳ', 'ý', 'Ỷ', 'n', 'c', ' ', ',', '\u0301', 'hoàn', 'hoá', 'Uỷ', 'thuý', '1', 'oà')
    fc.assert(fc.property(fc.array(piece, {maxLength: 25}), (parts) => {
      const text = parts.join('')
      expect(foldForMatch(text)).toBe(reference(text))
    }))
  })
})
