/**
 * Tests of the decode stage: Unicode inputs, the legacy Vietnamese encodings (tables checked by
 * round trip through `encodeLegacy`), Windows-1252 mojibake, the failure codes and their messages.
 * Legacy fixtures are made here from the seeds with the encoder; nothing is read but seeds/.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {decode, type DecodeResult, encodeLegacy, findUnencodable, type InputErrorCode, type LegacyEncoding} from '../src/stages/decode.js'
import {decodeLegacy, LEGACY_ENCODINGS, TONES, VOWELS} from '../src/vocabulary/legacy-encodings.js'

const SEEDS_DIR = fileURLToPath(new URL('../seeds/', import.meta.url))
const SEEDS = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({name, bytes: new Uint8Array(readFileSync(join(SEEDS_DIR, name))), text: readFileSync(join(SEEDS_DIR, name), 'utf8')}))
const ALL_SEED_TEXT = SEEDS.map((seed) => seed.text).join('\n').normalize('NFC')

const ERROR_CODES: readonly InputErrorCode[] = ['empty-file', 'binary-file', 'unsupported-format', 'invalid-encoding']

/** Every Vietnamese letter: 12 vowels x 6 tones and đ, in both cases (146). */
const VIETNAMESE_LETTERS = [
  ...VOWELS.flatMap((vowel) => TONES.map((mark) => (vowel + mark).normalize('NFC'))),
  'đ'
].flatMap((letter) => [letter, letter.toUpperCase()])

/** Capitals with a tone: TCVN3 writes them with the lower-case code (ABC capitals fonts). */
const TCVN3_TONED_CAPITALS = new Set(
  VIETNAMESE_LETTERS.filter((letter) => letter !== letter.toLowerCase() && /[\u0300\u0301\u0303\u0309\u0323]/.test(letter.normalize('NFD')))
)

const utf8 = (text: string) => new TextEncoder().encode(text)
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1')
const fromLatin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'))
/** Bytes shown through Windows-1252 and saved as UTF-8 (what Word does with .VnTime text). */
const asWindows1252 = (bytes: Uint8Array) => new TextDecoder('windows-1252').decode(bytes)

function utf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2)
  const view = new DataView(bytes.buffer)
  let offset = 0
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian)
    offset = 2
  }
  for (let index = 0; index < text.length; index++) view.setUint16(offset + index * 2, text.charCodeAt(index), littleEndian)
  return bytes
}

function concat(...parts: readonly (Uint8Array | readonly number[] | string)[]): Uint8Array {
  const arrays = parts.map((part) => (typeof part === 'string' ? fromLatin1(part) : Uint8Array.from(part)))
  const result = new Uint8Array(arrays.reduce((size, part) => size + part.length, 0))
  let offset = 0
  for (const part of arrays) {
    result.set(part, offset)
    offset += part.length
  }
  return result
}

function expectText(result: DecodeResult): {text: string; encoding: string; notes: readonly string[]} {
  if (!result.ok) throw new Error(`expected text, got ${result.code}: ${result.message}`)
  return result
}

function expectFailure(result: DecodeResult, code: InputErrorCode): string {
  if (result.ok) throw new Error(`expected ${code}, got text (${result.encoding}): ${result.text.slice(0, 80)}`)
  expect(result.code).toBe(code)
  expect(result.message).not.toMatch(/\n/)
  return result.message
}

/** What a legacy round trip must give: NFC, characters the encoding cannot hold as '?'. */
function expectedAfter(text: string, encoding: LegacyEncoding): string {
  const unencodable = new Set(findUnencodable(text, encoding))
  return [...text.normalize('NFC')].map((char) => (unencodable.has(char) ? '?' : char)).join('')
}

/** Words where `actual` and `expected` differ (same line and word positions). */
function differingWords(actual: string, expected: string): Array<[string, string]> {
  const differences: Array<[string, string]> = []
  const actualLines = actual.split('\n')
  expected.split('\n').forEach((line, lineIndex) => {
    const actualWords = (actualLines[lineIndex] ?? '').split(/[ \t]/)
    line.split(/[ \t]/).forEach((word, wordIndex) => {
      if (actualWords[wordIndex] !== word) differences.push([word, actualWords[wordIndex] ?? ''])
    })
  })
  return differences
}

/** A paragraph of a seed with plenty of Vietnamese, as a small fixture. */
const FIXTURE = (SEEDS.find((seed) => seed.name.startsWith('002'))?.text ?? '').slice(0, 1200).normalize('NFC')

describe('Unicode input', () => {
  test.each(SEEDS.map((seed) => [seed.name, seed] as const))('seed %s decodes to exactly its UTF-8 text', (_name, seed) => {
    const result = expectText(decode(seed.bytes))
    expect(result.text).toBe(seed.text)
    expect(result.encoding).toBe('utf-8')
    expect(result.notes).toEqual([])
  })

  test('text that is not NFC is returned as stored', () => {
    const seed = SEEDS.find((candidate) => candidate.text !== candidate.text.normalize('NFC'))
    expect(seed).toBeDefined()
    expect(expectText(decode(seed?.bytes ?? new Uint8Array())).text).toBe(seed?.text)
  })

  test('a UTF-8 byte-order mark is stripped', () => {
    const result = expectText(decode(concat([0xef, 0xbb, 0xbf], utf8(FIXTURE))))
    expect(result.text).toBe(FIXTURE)
    expect(result.encoding).toBe('utf-8')
  })

  test.each([
    ['utf-16le', true],
    ['utf-16be', false]
  ] as const)('%s with a byte-order mark (Word "Unicode text")', (encoding, littleEndian) => {
    const text = SEEDS[4]?.text ?? ''
    const result = expectText(decode(utf16(text, littleEndian)))
    expect(result.text).toBe(text)
    expect(result.encoding).toBe(encoding)
    expect(result.notes).toEqual([`converted from ${encoding.toUpperCase()} (told by its byte-order mark) to Unicode text`])
  })

  test('UTF-16 with characters outside the BMP', () => {
    const text = 'Hội đồng 𠀀 nhân dân 😀\n'
    expect(expectText(decode(utf16(text, true))).text).toBe(text)
  })

  test.each([
    ['utf-16le', true],
    ['utf-16be', false]
  ] as const)('%s without a byte-order mark is told by its NUL bytes, with a note', (encoding, littleEndian) => {
    const result = expectText(decode(utf16(FIXTURE, littleEndian, false)))
    expect(result.text).toBe(FIXTURE)
    expect(result.encoding).toBe(encoding)
    expect(result.notes).toEqual([expect.stringMatching(/without a byte-order mark/)])
  })

  test('UTF-32 with a byte-order mark', () => {
    const text = 'Nghị quyết 😀\n'
    const codePoints = [0xfeff, ...[...text].map((char) => char.codePointAt(0) ?? 0)]
    const little = new Uint8Array(new Uint32Array(codePoints).buffer)
    expect(expectText(decode(little)).text).toBe(text)
    const big = new Uint8Array(codePoints.length * 4)
    codePoints.forEach((code, index) => new DataView(big.buffer).setUint32(index * 4, code, false))
    expect(expectText(decode(big))).toMatchObject({text, encoding: 'utf-32be'})
  })

  test('property: UTF-8 text with real Vietnamese letters is never touched', () => {
    const words = [...new Set(ALL_SEED_TEXT.split(/\s+/))].filter((word) => word.length > 0).slice(0, 3000)
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), {minLength: 1, maxLength: 60}), fc.constantFrom(' ', '\n', '\r\n', '  '), (picked, separator) => {
        const text = ['Hội', ...picked].join(separator)
        const result = expectText(decode(utf8(text)))
        expect(result.text).toBe(text)
        expect(result.encoding).toBe('utf-8')
      }),
      {numRuns: 300}
    )
  })

  test('property: Vietnamese written only with Latin-1 letters is not taken for mojibake', () => {
    const words = [...new Set(ALL_SEED_TEXT.toLowerCase().split(/[^\p{L}]+/u))].filter((word) => /[^\x00-\x7f]/.test(word) && /^[\x00-\xff]+$/.test(word))
    expect(words.length).toBeGreaterThan(30)
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), {minLength: 1, maxLength: 80}), (picked) => {
        const text = picked.join(' ')
        expect(expectText(decode(utf8(text))).text).toBe(text)
      }),
      {numRuns: 300}
    )
  })

  test('Latin-1 text in other languages is not converted', () => {
    for (const text of [
      'Le café à Paris, déjà vu, où est la crème brûlée ? Ça coûte 5 €.',
      'Copyright © 2024 — “quoted” text… • bullet ½ ¼ µ ® §',
      'Tôi là ai, có gì không? Về nhà và ăn cơm.'
    ]) {
      const result = expectText(decode(utf8(text)))
      expect(result).toMatchObject({text, encoding: 'utf-8', notes: []})
    }
  })
})

describe('legacy tables', () => {
  test.each(LEGACY_ENCODINGS.map((encoding) => [encoding]))('%s holds every Vietnamese letter (round trip)', (encoding) => {
    expect(VIETNAMESE_LETTERS).toHaveLength(146)
    for (const letter of VIETNAMESE_LETTERS) {
      if (encoding === 'tcvn3' && TCVN3_TONED_CAPITALS.has(letter)) {
        // Lower-case code, restored in a word in capitals.
        expect(encodeLegacy(letter, encoding)).toEqual(encodeLegacy(letter.toLowerCase(), encoding))
        const word = `H${letter}N`
        expect(decodeLegacy(encodeLegacy(word, encoding), encoding).text, word).toBe(word)
      } else {
        expect(decodeLegacy(encodeLegacy(letter, encoding), encoding).text, letter).toBe(letter)
        expect(decodeLegacy(encodeLegacy(`${letter}x`, encoding), encoding).text, letter).toBe(`${letter}x`)
      }
    }
  })

  test('TCVN3 cannot hold toned capitals apart from their lower case: exactly these', () => {
    expect(TCVN3_TONED_CAPITALS.size).toBe(12 * 5)
    expect([...TCVN3_TONED_CAPITALS].every((letter) => /\p{Lu}/u.test(letter))).toBe(true)
    expect(TCVN3_TONED_CAPITALS.has('Ă')).toBe(false)
    expect(TCVN3_TONED_CAPITALS.has('Ộ')).toBe(true)
  })

  test('every character of the seeds round-trips, except the listed ones each encoding lacks', () => {
    const characters = [...new Set(ALL_SEED_TEXT)].filter((char) => char.charCodeAt(0) >= 0x80)
    const lacking: Record<LegacyEncoding, string[]> = {
      'tcvn3': ['≥', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰', '⁽', '⁾', '÷'],
      'vni': ['≥', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰', '⁽', '⁾'],
      'windows-1258': ['≥', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰', '⁽', '⁾']
    }
    for (const encoding of LEGACY_ENCODINGS) {
      expect(findUnencodable(ALL_SEED_TEXT, encoding).sort()).toEqual([...lacking[encoding]].sort())
      for (const char of characters) {
        if (lacking[encoding].includes(char)) continue
        const sample = encoding === 'tcvn3' && TCVN3_TONED_CAPITALS.has(char) ? `NG${char}N` : `a${char}b`
        expect(decodeLegacy(encodeLegacy(sample, encoding), encoding).text, `${encoding} ${char}`).toBe(sample)
      }
    }
  })

  test('known byte strings', () => {
    expect(decodeLegacy(fromLatin1('Héi ®ång nh©n d©n tØnh'), 'tcvn3').text).toBe('Hội đồng nhân dân tỉnh')
    expect(decodeLegacy(fromLatin1('Céng hoµ x· héi chñ nghÜa ViÖt Nam'), 'tcvn3').text).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam')
    expect(decodeLegacy(fromLatin1('§éc lËp - Tù do - H¹nh phóc'), 'tcvn3').text).toBe('Độc lập - Tự do - Hạnh phúc')
    expect(decodeLegacy(fromLatin1('ng\xadêi ®\xadîc'), 'tcvn3').text).toBe('người được')
    expect(decodeLegacy(fromLatin1('Hoäi ñoàng nhaân daân tænh'), 'vni').text).toBe('Hội đồng nhân dân tỉnh')
    expect(decodeLegacy(fromLatin1('COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM'), 'vni').text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(decodeLegacy(fromLatin1('Ñoäc laäp - Töï do - Haïnh phuùc, Quaûng Trò, Kyø hoïp, naêm, ñaëc bieät'), 'vni').text).toBe(
      'Độc lập - Tự do - Hạnh phúc, Quảng Trị, Kỳ họp, năm, đặc biệt'
    )
    expect(decodeLegacy(Uint8Array.of(0x48, 0xf4, 0xf2, 0x69), 'windows-1258').text).toBe('Hội')
  })

  test('Windows-1258 agrees with the WHATWG decoder for every byte', () => {
    const whatwg = new TextDecoder('windows-1258')
    for (let byte = 0; byte < 256; byte++) {
      const bytes = Uint8Array.of(0x61, byte)
      expect(decodeLegacy(bytes, 'windows-1258').text, `0x${byte.toString(16)}`).toBe(whatwg.decode(bytes).normalize('NFC'))
    }
  })

  test('TCVN3 capitals fonts: toned letters upper-cased only in words in capitals', () => {
    const decodeTcvn3 = (text: string) => decodeLegacy(fromLatin1(text), 'tcvn3')
    expect(decodeTcvn3('HéI §åNG NH¢N D¢N TØNH')).toEqual({text: 'HỘI ĐỒNG NH\u00C2N D\u00C2N TỈNH', capitalisedWords: 3})
    expect(decodeTcvn3('NGHÞ QUYÕT\ný KIÕN').text).toBe('NGHỊ QUYẾT\nÝ KIẾN')
    expect(decodeTcvn3('KHãA VII, Kú HäP THø 16').text).toBe('KHÓA VII, KỲ HỌP THỨ 16')
    expect(decodeTcvn3('Uû ban nh©n d©n; Së Tµi chÝnh').text).toBe('Uỷ ban nhân dân; Sở Tài chính')
    expect(decodeTcvn3('Sè: 412/NQ-H§ND').text).toBe('Số: 412/NQ-HĐND')
    expect(decodeTcvn3('Sè: 412/NQ-H§ND\r\nHéI §åNG\r\n').text).toBe('Số: 412/NQ-HĐND\r\nHỘI ĐỒNG\r\n')
  })
})

describe('legacy input', () => {
  test.each(LEGACY_ENCODINGS.map((encoding) => [encoding]))('%s fixture made from a seed', (encoding) => {
    const bytes = encodeLegacy(FIXTURE, encoding)
    expect(() => new TextDecoder('utf-8', {fatal: true}).decode(bytes)).toThrow()
    const result = expectText(decode(bytes))
    expect(result.encoding).toBe(encoding)
    expect(result.text).toBe(expectedAfter(FIXTURE, encoding))
    expect(result.notes).toHaveLength(1)
    const name = {'tcvn3': 'TCVN3 (ABC)', 'vni': 'VNI', 'windows-1258': 'Windows-1258'}[encoding]
    expect(result.notes[0]).toContain(`converted from ${name}`)
    expect(result.notes[0]).toMatch(/to Unicode/)
  })

  test('the decoded text is NFC', () => {
    for (const encoding of LEGACY_ENCODINGS) {
      const text = expectText(decode(encodeLegacy(FIXTURE, encoding))).text
      expect(text).toBe(text.normalize('NFC'))
    }
  })

  const cases = SEEDS.flatMap((seed) => LEGACY_ENCODINGS.map((encoding) => [seed.name, encoding, seed] as const))
  test.each(cases)('seed %s round-trips through %s and detection', (_name, encoding, seed) => {
    const expected = expectedAfter(seed.text, encoding)
    const result = expectText(decode(encodeLegacy(seed.text, encoding)))
    expect(result.encoding).toBe(encoding)
    if (encoding !== 'tcvn3') {
      expect(result.text).toBe(expected)
      return
    }
    // TCVN3 alone: a toned capital in a word not in capitals ("Ủy ban") comes back in lower case.
    expect(result.text.toLowerCase()).toBe(expected.toLowerCase())
    const differences = differingWords(result.text, expected)
    for (const [want, got] of differences) {
      expect(TCVN3_TONED_CAPITALS.has(want.charAt(0)), want).toBe(true)
      expect(got).toBe(want.charAt(0).toLowerCase() + want.slice(1))
    }
    expect(differences.length).toBeLessThan(20)
  })

  test('legacy bytes with CRLF line endings and Windows punctuation', () => {
    const text = 'Điều 1. “Hội đồng nhân dân tỉnh” – kỳ họp thứ 16…\r\nCủa và năm được nhân dân\r\n'
    for (const encoding of LEGACY_ENCODINGS) expect(expectText(decode(encodeLegacy(text, encoding))).text).toBe(text)
  })
})

describe('mojibake: legacy bytes shown as Windows-1252 characters inside Unicode text', () => {
  test('the example of the brief', () => {
    const result = expectText(decode(utf8('Héi ®ång nh©n d©n')))
    expect(result).toMatchObject({text: 'Hội đồng nhân dân', encoding: 'utf-8+tcvn3'})
    expect(result.notes).toEqual([expect.stringMatching(/^converted from TCVN3 \(ABC\) to Unicode: .*Windows-1252.*"Héi ®ång nh©n d©n" -> "Hội đồng nhân dân"/)])
  })

  test.each(LEGACY_ENCODINGS.map((encoding) => [encoding]))('%s in UTF-8', (encoding) => {
    const mojibake = asWindows1252(encodeLegacy(FIXTURE, encoding))
    const result = expectText(decode(utf8(mojibake)))
    expect(result.encoding).toBe(`utf-8+${encoding}`)
    expect(result.text).toBe(expectedAfter(FIXTURE, encoding))
    expect(result.notes).toEqual([expect.stringMatching(/shown as Windows-1252 characters/)])
  })

  test('TCVN3 in UTF-16 (Word "Unicode text" of a .VnTime document)', () => {
    const result = expectText(decode(utf16(asWindows1252(encodeLegacy(FIXTURE, 'tcvn3')), true)))
    expect(result).toMatchObject({encoding: 'utf-16le+tcvn3', text: expectedAfter(FIXTURE, 'tcvn3')})
  })

  test('TCVN3 read as Latin-1 (C1 controls instead of Windows punctuation)', () => {
    const bytes = encodeLegacy(`“${FIXTURE}”`, 'tcvn3')
    const result = expectText(decode(utf8(latin1(bytes))))
    expect(result).toMatchObject({encoding: 'utf-8+tcvn3', text: expectedAfter(`“${FIXTURE}”`, 'tcvn3')})
  })

  test('symbols with no Windows-1252 byte stay in place', () => {
    const mojibake = asWindows1252(encodeLegacy('Tỷ lệ hộ nghèo của tỉnh năm nay ', 'tcvn3')) + '≥ 5% → đạt'.replace('đạt', asWindows1252(encodeLegacy('đạt', 'tcvn3')))
    expect(expectText(decode(utf8(mojibake))).text).toBe('Tỷ lệ hộ nghèo của tỉnh năm nay ≥ 5% → đạt')
  })

  test('doubly encoded UTF-8 is repaired', () => {
    const mojibake = asWindows1252(utf8(FIXTURE))
    const result = expectText(decode(utf8(mojibake)))
    expect(result).toMatchObject({text: FIXTURE, encoding: 'utf-8+utf-8'})
    expect(result.notes).toEqual([expect.stringMatching(/^repaired doubly encoded UTF-8/)])
  })

  test('not converted: one real Vietnamese letter, or too little evidence', () => {
    const mixed = `${asWindows1252(encodeLegacy(FIXTURE, 'tcvn3'))} người`
    expect(expectText(decode(utf8(mixed)))).toMatchObject({text: mixed, encoding: 'utf-8'})
    for (const text of ['®ã', 'Héi ®ång', 'Ph¹m V¨n A']) expect(expectText(decode(utf8(text)))).toMatchObject({text, encoding: 'utf-8'})
  })
})

describe('failures', () => {
  test('empty file', () => {
    expect(expectFailure(decode(new Uint8Array()), 'empty-file')).toBe('file is empty (0 bytes): nothing to extract')
  })

  test('whitespace only, or only a byte-order mark', () => {
    expect(expectFailure(decode(utf8(' \n\t\r\n \u00A0')), 'empty-file')).toBe('file has only whitespace (8 bytes): nothing to extract')
    expect(expectFailure(decode(Uint8Array.of(0xef, 0xbb, 0xbf)), 'empty-file')).toMatch(/only a byte-order mark \(3 bytes\)/)
    expect(expectFailure(decode(utf16('  \r\n', true)), 'empty-file')).toMatch(/only whitespace/)
  })

  test.each([
    ['PDF', concat('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj'), 'binary-file', /^looks like a PDF document: convert it to plain text first \(for example with pdftotext\)$/],
    ['DOCX', concat([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0], '[Content_Types].xml', [0, 0], 'word/document.xml'), 'binary-file', /^looks like a Word \.docx document/],
    ['XLSX', concat([0x50, 0x4b, 0x03, 0x04, 0x14, 0], 'xl/workbook.xml'), 'binary-file', /Excel \.xlsx/],
    ['ODT', concat([0x50, 0x4b, 0x03, 0x04, 0x14, 0], 'mimetypeapplication/vnd.oasis.opendocument.text'), 'binary-file', /OpenDocument/],
    ['ZIP', concat([0x50, 0x4b, 0x03, 0x04, 0x14, 0], 'notes.txt'), 'binary-file', /^looks like a ZIP archive: extract it/],
    ['DOC', concat([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'binary-file', /^looks like a legacy Microsoft Office document \(\.doc\/\.xls, OLE2 format\): save it as plain text/],
    ['PNG', concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary-file', /^looks like a PNG image: .*OCR/],
    ['JPEG', concat([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF'), 'binary-file', /^looks like a JPEG image/],
    ['GIF', concat('GIF89a\x01\x00'), 'binary-file', /^looks like a GIF image/],
    ['gzip', concat([0x1f, 0x8b, 8, 0]), 'binary-file', /gzip/],
    ['RTF', concat('{\\rtf1\\ansi\\deff0 {\\fonttbl}'), 'unsupported-format', /^looks like an RTF document: save it as plain text/]
  ] as const)('%s', (_name, bytes, code, message) => {
    expect(expectFailure(decode(bytes), code)).toMatch(message)
  })

  test('NUL bytes outside UTF-16', () => {
    const bytes = concat(utf8('Hội đồng nhân dân'), [0, 1, 2, 0, 0, 0, 7, 0, 9])
    expect(expectFailure(decode(bytes), 'binary-file')).toBe(
      `contains NUL bytes (first at byte offset ${utf8('Hội đồng nhân dân').length}): looks like binary data, not a text file; pass a plain-text (.txt) export of the document`
    )
  })

  test('many control bytes', () => {
    const bytes = Uint8Array.from({length: 400}, (_, index) => (index % 7 === 0 ? 0x03 : 0x41))
    expect(expectFailure(decode(bytes), 'binary-file')).toMatch(/^contains 58 control bytes .*first at byte offset 0\): looks like binary data/)
  })

  test('invalid UTF-8 that is no legacy Vietnamese encoding, with the byte offset', () => {
    const french = fromLatin1('Le caf\xe9 \xe0 Paris, d\xe9j\xe0 vu, o\xf9 est la cr\xe8me br\xfbl\xe9e ?')
    expect(expectFailure(decode(french), 'invalid-encoding')).toBe(
      'invalid UTF-8 at byte offset 6 (byte 0xE9), and the bytes do not read as TCVN3, VNI or Windows-1258 Vietnamese text either: re-save the file as UTF-8'
    )
  })

  test('a damaged byte in a UTF-8 file', () => {
    const good = utf8(FIXTURE)
    const offset = good.indexOf(0x20, 500)
    const bytes = concat(good.subarray(0, offset), [0xff], good.subarray(offset))
    expect(expectFailure(decode(bytes), 'invalid-encoding')).toBe(
      `invalid UTF-8 at byte offset ${offset} (byte 0xFF) in an otherwise UTF-8 file (damaged, or parts in different encodings): re-save the file as UTF-8`
    )
  })

  test('legacy bytes after a UTF-8 byte-order mark', () => {
    const bytes = concat([0xef, 0xbb, 0xbf], encodeLegacy(FIXTURE, 'tcvn3'))
    expect(expectFailure(decode(bytes), 'invalid-encoding')).toMatch(/^invalid UTF-8 at byte offset \d+ \(byte 0x[0-9A-F]{2}\) although the file starts with a UTF-8 byte-order mark/)
  })

  test('invalid UTF-16', () => {
    expect(expectFailure(decode(concat([0xff, 0xfe], utf16('Hội', true, false), [0x41])), 'invalid-encoding')).toMatch(/^invalid UTF-16LE: odd number of bytes \(9\)/)
    expect(expectFailure(decode(concat(utf16('AB', false), [0xd8, 0x00, 0x00, 0x41])), 'invalid-encoding')).toBe(
      'invalid UTF-16BE at byte offset 6 (unpaired surrogate): re-save the file as UTF-8'
    )
  })

  test('invalid UTF-32', () => {
    expect(expectFailure(decode(Uint8Array.of(0x00, 0x00, 0xfe, 0xff, 0x00, 0x11, 0x00, 0x00)), 'invalid-encoding')).toMatch(/^invalid UTF-32BE at byte offset 4/)
  })
})

describe('robustness and speed', () => {
  const checkShape = (result: DecodeResult) => {
    if (result.ok) {
      expect(typeof result.text).toBe('string')
      expect(result.encoding).toMatch(/^[a-z0-9+-]+$/)
    } else {
      expect(ERROR_CODES).toContain(result.code)
      expect(result.message).not.toMatch(/\n/)
      expect(result.message.length).toBeGreaterThan(10)
    }
  }

  test('property: never throws on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({maxLength: 2048}), (bytes) => checkShape(decode(bytes))), {numRuns: 2000})
  })

  test('property: never throws on arbitrary bytes after a BOM or signature', () => {
    const prefixes = [[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xff, 0xfe, 0, 0], [0, 0, 0xfe, 0xff], [0x50, 0x4b, 3, 4], [...utf8('%PDF-')], [...utf8('{\\rtf')], []]
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.uint8Array({maxLength: 512}), (prefix, rest) => checkShape(decode(concat(prefix, rest)))),
      {numRuns: 1000}
    )
  })

  test('property: never throws on text in any encoding, legacy or mojibake', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom(...VIETNAMESE_LETTERS, ' ', '\n', 'a', 'n', 'g', '“', '≥', '€')}), fc.constantFrom(...LEGACY_ENCODINGS), (text, encoding) => {
        const bytes = encodeLegacy(text, encoding)
        checkShape(decode(bytes))
        checkShape(decode(utf8(asWindows1252(bytes))))
      }),
      {numRuns: 500}
    )
  })

  test('100 KB decodes in milliseconds', () => {
    const seed = [...SEEDS].sort((a, b) => b.bytes.length - a.bytes.length)[0]
    expect(seed?.bytes.length).toBeGreaterThan(100_000)
    const inputs = [seed?.bytes ?? new Uint8Array(), encodeLegacy(seed?.text ?? '', 'tcvn3'), utf8(asWindows1252(encodeLegacy(seed?.text ?? '', 'vni')))]
    for (const input of inputs) {
      for (let warm = 0; warm < 5; warm++) decode(input)
      const times: number[] = []
      for (let run = 0; run < 9; run++) {
        const start = performance.now()
        decode(input)
        times.push(performance.now() - start)
      }
      const median = times.sort((a, b) => a - b)[4] ?? 0
      // Generous bounds for a busy 2-core machine: measured about 1.5-2 ms (UTF-8) and 3-10 ms (legacy).
      expect(median).toBeLessThan(input === inputs[0] ? 20 : 60)
    }
  })
})
