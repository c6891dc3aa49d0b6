/**
 * Byte tables of the legacy 8-bit Vietnamese encodings, with a table-level decoder and encoder.
 *
 * - TCVN3 (TCVN 5712:1993 "VN3", the ABC fonts .VnTime/.VnArial): one byte per precomposed lower-case
 *   letter; the only capitals are Ă Â Ê Ô Ơ Ư Đ. Capitals with a tone were typed in the capitals fonts
 *   (.VnTimeH) with the lower-case codes, so plain text cannot tell "ộ" from "Ộ" (see `restoreCapitals`).
 * - VNI (VNI-Windows fonts): a base letter followed by an accent byte ("oä" = ộ); i-vowels, ơ, ư, đ and
 *   ỵ have a byte of their own. Capitals use the accent byte minus 0x20 ("OÄ" = Ộ).
 * - Windows-1258 (Microsoft's Vietnamese code page): Latin-1-like letters (ă â ê ô ơ ư đ precomposed)
 *   followed by combining tone marks at 0xCC 0xD2 0xDE 0xEC 0xF2.
 *
 * All tables are written per vowel in the column order of `TONES`: no tone, sắc (acute), huyền (grave),
 * hỏi (hook above), ngã (tilde), nặng (dot below). The decoder output is precomposed (NFC) Unicode.
 * Detection (which encoding, if any) is not here: see src/stages/decode.ts.
 */

export type LegacyEncoding = 'tcvn3' | 'vni' | 'windows-1258'

export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni', 'windows-1258']

/** Names for people (notes, messages). */
export const LEGACY_ENCODING_NAMES: Readonly<Record<LegacyEncoding, string>> = {
  'tcvn3': 'TCVN3 (ABC)',
  'vni': 'VNI (VNI-Windows)',
  'windows-1258': 'Windows-1258'
}

/** Combining tone marks, in table column order (index 0 = no tone). */
export const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const

/** The twelve Vietnamese vowel letters (lower case, toneless). */
export const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const

type ToneRow = readonly [number, number, number, number, number, number]

/**
 * Windows-1252 0x80-0x9F. The five positions Windows leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) map to
 * the C1 control of the same number, as Windows and Latin-1 do. TCVN3 and VNI fonts were built on the
 * Windows ANSI layout, so their bytes in this range are these punctuation marks (“ ” – … •).
 */
export const WINDOWS_1252_C1 =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F' + // 0x80-0x8F
  '\u0090‘’“”•–—˜™š›œ\u009DžŸ' //       0x90-0x9F

// ---------------------------------------------------------------------------------------------------
// TCVN3 (ABC)

/** TCVN3 byte of each vowel, by tone (columns as in `TONES`); plain a e i o u y are ASCII. */
export const TCVN3_VOWELS: Readonly<Record<(typeof VOWELS)[number], ToneRow>> = {
  //    none  sắc   huyền hỏi   ngã   nặng
  'a': [0x61, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9], // a á à ả ã ạ  (¸ µ ¶ · ¹)
  'ă': [0xa8, 0xbe, 0xbb, 0xbc, 0xbd, 0xc6], // ă ắ ằ ẳ ẵ ặ  (¨ ¾ » ¼ ½ Æ)
  'â': [0xa9, 0xca, 0xc7, 0xc8, 0xc9, 0xcb], // â ấ ầ ẩ ẫ ậ  (© Ê Ç È É Ë)
  'e': [0x65, 0xd0, 0xcc, 0xce, 0xcf, 0xd1], // e é è ẻ ẽ ẹ  (Ð Ì Î Ï Ñ)
  'ê': [0xaa, 0xd5, 0xd2, 0xd3, 0xd4, 0xd6], // ê ế ề ể ễ ệ  (ª Õ Ò Ó Ô Ö)
  'i': [0x69, 0xdd, 0xd7, 0xd8, 0xdc, 0xde], // i í ì ỉ ĩ ị  (Ý × Ø Ü Þ)
  'o': [0x6f, 0xe3, 0xdf, 0xe1, 0xe2, 0xe4], // o ó ò ỏ õ ọ  (ã ß á â ä)
  'ô': [0xab, 0xe8, 0xe5, 0xe6, 0xe7, 0xe9], // ô ố ồ ổ ỗ ộ  (« è å æ ç é)
  'ơ': [0xac, 0xed, 0xea, 0xeb, 0xec, 0xee], // ơ ớ ờ ở ỡ ợ  (¬ í ê ë ì î)
  'u': [0x75, 0xf3, 0xef, 0xf1, 0xf2, 0xf4], // u ú ù ủ ũ ụ  (ó ï ñ ò ô)
  'ư': [0xad, 0xf8, 0xf5, 0xf6, 0xf7, 0xf9], // ư ứ ừ ử ữ ự  (soft hyphen õ ö ÷ ø ù)
  'y': [0x79, 0xfd, 0xfa, 0xfb, 0xfc, 0xfe] //  y ý ỳ ỷ ỹ ỵ  (ý ú û ü þ)
}

/** The other TCVN3 letters: đ and the seven toneless capitals with a mark. */
export const TCVN3_LETTERS: Readonly<Record<string, number>> = {
  'đ': 0xae, // ®
  'Ă': 0xa1, // ¡
  'Â': 0xa2, // ¢
  'Ê': 0xa3, // £
  'Ô': 0xa4, // ¤
  'Ơ': 0xa5, // ¥
  'Ư': 0xa6, // ¦
  'Đ': 0xa7 //  §
}

/**
 * Decode-only: positions that VN3 leaves empty but the full TCVN 5712 "VN1" table fills with toned
 * capitals (and, at 0xB0-0xB4, combining tone marks). Reading them this way costs nothing for VN3 text
 * and recovers capitals from VN1 files. VN1's capitals at 0x80-0x9F are not used: in the ABC fonts those
 * bytes are Windows punctuation (see `WINDOWS_1252_C1`); the C0 control positions are used.
 */
export const TCVN3_VN1_CAPITALS: Readonly<Record<number, string>> = {
  0x01: 'Ú', 0x02: 'Ụ', 0x04: 'Ừ', 0x05: 'Ử', 0x06: 'Ữ',
  0x11: 'Ứ', 0x12: 'Ự', 0x13: 'Ỳ', 0x14: 'Ỷ', 0x15: 'Ỹ', 0x16: 'Ý', 0x17: 'Ỵ',
  0xaf: 'Ằ', 0xb0: '\u0300', 0xb1: '\u0309', 0xb2: '\u0303', 0xb3: '\u0301', 0xb4: '\u0323',
  0xba: 'Ẳ', 0xbf: 'Ẵ', 0xc0: 'Ắ', 0xc1: 'Ầ', 0xc2: 'Ẩ', 0xc3: 'Ẫ', 0xc4: 'Ấ', 0xc5: 'Ề',
  0xcd: 'Ể', 0xd9: 'Ễ', 0xda: 'Ế', 0xdb: 'Ồ', 0xe0: 'Ổ', 0xf0: 'Ỗ', 0xff: 'Ố'
}

// ---------------------------------------------------------------------------------------------------
// VNI (VNI-Windows). Lower-case bytes; the capital form of every byte below is the byte minus 0x20.

/** Tone byte after a, e, i, o, u, y, ơ, ư (index 1-5 as in `TONES`; 0 = nothing follows). */
export const VNI_TONE_BYTES: ToneRow = [0, 0xf9, 0xf8, 0xfb, 0xf5, 0xef] //     ù ø û õ ï
/** Circumflex (+ tone) byte after a, e, o: aâ = â, eá = ế, oä = ộ. */
export const VNI_CIRCUMFLEX_BYTES: ToneRow = [0xe2, 0xe1, 0xe0, 0xe5, 0xe3, 0xe4] // â á à å ã ä
/** Breve (+ tone) byte after a: aê = ă, aé = ắ, aë = ặ. */
export const VNI_BREVE_BYTES: ToneRow = [0xea, 0xe9, 0xe8, 0xfa, 0xfc, 0xeb] //     ê é è ú ü ë

/** Letters with a byte of their own (a following tone byte still applies to ơ and ư). */
export const VNI_LETTERS: Readonly<Record<string, number>> = {
  'ơ': 0xf4, // ô
  'ư': 0xf6, // ö
  'đ': 0xf1, // ñ
  'í': 0xed, // í
  'ì': 0xec, // ì
  'ỉ': 0xe6, // æ
  'ĩ': 0xf3, // ó
  'ị': 0xf2, // ò
  'ỵ': 0xee //  î
}

export const VNI_CAPITAL_OFFSET = 0x20

// ---------------------------------------------------------------------------------------------------
// Windows-1258

/** Windows-1258 0x80-0xFF. Undefined positions map to the C1 control of the same number. */
export const WINDOWS_1258_HIGH =
  '€\u0081‚ƒ„…†‡ˆ‰\u008A‹Œ\u008D\u008E\u008F' + //   0x80 (0x8A 0x8E undefined)
  '\u0090‘’“”•–—˜™\u009A›œ\u009D\u009EŸ' + //        0x90 (0x9A 0x9E undefined)
  '\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯' + //                   0xA0 as Latin-1
  '°±²³´µ¶·¸¹º»¼½¾¿' + //                              0xB0 as Latin-1
  'ÀÁÂĂÄÅÆÇÈÉÊË\u0300ÍÎÏ' + //                         0xC0: C3 Ă, CC combining grave
  'ĐÑ\u0309ÓÔƠÖ×ØÙÚÛÜƯ\u0303ß' + //                    0xD0: D0 Đ, D2 hook, D5 Ơ, DD Ư, DE tilde
  'àáâăäåæçèéêë\u0301íîï' + //                         0xE0: E3 ă, EC combining acute
  'đñ\u0323óôơö÷øùúûüư₫ÿ' //                           0xF0: F0 đ, F2 dot below, F5 ơ, FD ư, FE ₫

// ---------------------------------------------------------------------------------------------------
// Vietnamese syllable structure (used to judge whether decoded text is Vietnamese)

/** Toned vowel -> [toneless vowel, tone index]. */
const TONED_VOWELS = new Map<string, readonly [string, number]>()
for (const vowel of VOWELS) {
  for (let tone = 1; tone < TONES.length; tone++) TONED_VOWELS.set((vowel + TONES[tone]).normalize('NFC'), [vowel, tone])
}
const MARKED_LETTERS = new Set(['ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ'])

const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x']
const VOWEL_GROUPS = [
  'iêu', 'yêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyê', 'uyu', 'uêu',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'iê', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi', 'oo', 'ôô',
  'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ươ', 'ưu', 'yê',
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'
]
const SYLLABLE = new RegExp(`^(?:${ONSETS.join('|')})?(?:${VOWEL_GROUPS.join('|')})(ch|ng|nh|c|m|n|p|t)?$`)
const STOP_FINAL = new Set(['c', 'ch', 'p', 't'])

const SYLLABLE_CACHE = new Map<string, boolean>()
const SYLLABLE_CACHE_SIZE = 50_000

/** Whether a lower-case NFC word is a well-formed Vietnamese syllable (at most one tone, on a vowel). */
export function isVietnameseSyllable(word: string): boolean {
  const cached = SYLLABLE_CACHE.get(word)
  if (cached !== undefined) return cached
  const result = checkSyllable(word)
  if (SYLLABLE_CACHE.size < SYLLABLE_CACHE_SIZE) SYLLABLE_CACHE.set(word, result)
  return result
}

function checkSyllable(word: string): boolean {
  if (word.length > 8) return false
  let tone = 0
  let plain = ''
  for (const letter of word) {
    const code = letter.charCodeAt(0)
    if (code >= 0x61 && code <= 0x7a) {
      plain += letter
      continue
    }
    const toned = TONED_VOWELS.get(letter)
    if (toned !== undefined) {
      if (tone !== 0) return false
      tone = toned[1]
      plain += toned[0]
    } else if (MARKED_LETTERS.has(letter)) {
      plain += letter
    } else {
      return false
    }
  }
  const match = SYLLABLE.exec(plain)
  if (match === null) return false
  // Syllables closed by a stop take only sắc (1) or nặng (5).
  return match[1] === undefined || !STOP_FINAL.has(match[1]) || tone === 1 || tone === 5
}

// ---------------------------------------------------------------------------------------------------
// Decoding tables, built once from the tables above.

const TONE_MARK_CODES = new Set(TONES.slice(1).map((mark) => mark.charCodeAt(0)))

/**
 * A table of letter pairs -> precomposed letter (UTF-16 code unit; 0 = no such pair), for a few
 * first letters below U+0200 and a small range of second codes. Flat typed arrays: decoding stays a
 * couple of array reads per byte.
 */
class PairTable {
  readonly #slots = new Int8Array(0x200).fill(-1)
  readonly #values: Uint16Array
  readonly #low: number
  readonly #span: number
  #count = 0

  constructor(low: number, high: number, firstLetters: number) {
    this.#low = low
    this.#span = high - low + 1
    this.#values = new Uint16Array(firstLetters * this.#span)
  }

  set(first: string, second: number, composed: string): void {
    const code = first.charCodeAt(0)
    if (this.#slots[code] === -1) this.#slots[code] = this.#count++
    this.#values[(this.#slots[code] ?? 0) * this.#span + second - this.#low] = composed.charCodeAt(0)
  }

  get(first: number, second: number): number {
    const slot = first < 0x200 ? (this.#slots[first] ?? -1) : -1
    const offset = second - this.#low
    if (slot === -1 || offset < 0 || offset >= this.#span) return 0
    return this.#values[slot * this.#span + offset] ?? 0
  }
}

/** Vowel letter + combining tone mark -> precomposed letter, for all vowels in both cases. */
const COMPOSE = new PairTable(0x300, 0x323, VOWELS.length * 2)
for (const vowel of VOWELS) {
  for (const base of [vowel, vowel.toUpperCase()]) {
    for (const mark of TONES.slice(1)) COMPOSE.set(base, mark.charCodeAt(0), (base + mark).normalize('NFC'))
  }
}

function buildTcvn3Table(): Uint16Array {
  const table = identityTable()
  for (let byte = 0x80; byte < 0xa0; byte++) table[byte] = WINDOWS_1252_C1.charCodeAt(byte - 0x80)
  for (const [code, text] of Object.entries(TCVN3_VN1_CAPITALS)) table[Number(code)] = text.charCodeAt(0)
  for (const [vowel, row] of Object.entries(TCVN3_VOWELS)) {
    row.forEach((byte, tone) => {
      table[byte] = (vowel + TONES[tone]).normalize('NFC').charCodeAt(0)
    })
  }
  for (const [letter, byte] of Object.entries(TCVN3_LETTERS)) table[byte] = letter.charCodeAt(0)
  return table
}

function buildVniTable(): Uint16Array {
  const table = identityTable()
  for (let byte = 0x80; byte < 0xa0; byte++) table[byte] = WINDOWS_1252_C1.charCodeAt(byte - 0x80)
  for (const [letter, byte] of Object.entries(VNI_LETTERS)) {
    table[byte] = letter.charCodeAt(0)
    table[byte - VNI_CAPITAL_OFFSET] = letter.toUpperCase().charCodeAt(0)
  }
  return table
}

/** VNI base letter + accent byte -> precomposed letter. Either case of accent byte works. */
function buildVniCombinations(): PairTable {
  const combinations = new PairTable(0xc0, 0xff, 16)
  const add = (base: string, byte: number, modifier: string, tone: number) => {
    for (const [letter, accent] of [[base, byte], [base.toUpperCase(), byte - VNI_CAPITAL_OFFSET]] as const) {
      const composed = (letter + modifier + TONES[tone]).normalize('NFC')
      combinations.set(letter, accent, composed)
      combinations.set(letter, accent === byte ? byte - VNI_CAPITAL_OFFSET : byte, composed)
    }
  }
  for (let tone = 1; tone < TONES.length; tone++) {
    for (const base of ['a', 'e', 'i', 'o', 'u', 'y', 'ơ', 'ư']) add(base, VNI_TONE_BYTES[tone] ?? 0, '', tone)
  }
  for (let tone = 0; tone < TONES.length; tone++) {
    for (const base of ['a', 'e', 'o']) add(base, VNI_CIRCUMFLEX_BYTES[tone] ?? 0, '\u0302', tone)
    add('a', VNI_BREVE_BYTES[tone] ?? 0, '\u0306', tone)
  }
  return combinations
}

function buildWindows1258Table(): Uint16Array {
  const table = identityTable()
  for (let byte = 0x80; byte < 0x100; byte++) table[byte] = WINDOWS_1258_HIGH.charCodeAt(byte - 0x80)
  return table
}

function identityTable(): Uint16Array {
  const table = new Uint16Array(256)
  for (let byte = 0; byte < 256; byte++) table[byte] = byte
  return table
}

const TCVN3_TABLE = buildTcvn3Table()
const VNI_TABLE = buildVniTable()
const VNI_COMBINATIONS = buildVniCombinations()
const WINDOWS_1258_TABLE = buildWindows1258Table()

// ---------------------------------------------------------------------------------------------------
// Decoding

export interface LegacyDecoding {
  readonly text: string
  /** TCVN3 only: words whose toned letters were upper-cased (see `restoreCapitals`). */
  readonly capitalisedWords: number
}

export interface DecodeLegacyOptions {
  /** TCVN3: upper-case toned letters of words in capitals (default true; detection skips it). */
  readonly restoreCapitals?: boolean
}

/** Decode legacy bytes to NFC Unicode. Never throws; every byte maps to some character. Linear time. */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding, options: DecodeLegacyOptions = {}): LegacyDecoding {
  if (encoding === 'vni') return {text: decodeVni(bytes), capitalisedWords: 0}
  const table = encoding === 'tcvn3' ? TCVN3_TABLE : WINDOWS_1258_TABLE
  const codes = new Uint16Array(bytes.length)
  let length = 0
  let leftover = false
  for (let index = 0; index < bytes.length; index++) {
    const code = table[bytes[index] as number] as number // in range: index < length, byte < 256
    if (code >= 0x300 && code <= 0x323 && length > 0) {
      const composed = COMPOSE.get(codes[length - 1] ?? 0, code)
      if (composed !== 0) {
        codes[length - 1] = composed
        continue
      }
      leftover = true
    }
    codes[length++] = code
  }
  const capitalisedWords = encoding === 'tcvn3' && options.restoreCapitals !== false ? restoreCapitals(codes, length) : 0
  const text = codesToString(codes, length)
  return {text: leftover ? text.normalize('NFC') : text, capitalisedWords}
}

function decodeVni(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length)
  let length = 0
  for (let index = 0; index < bytes.length; index++) {
    const code = VNI_TABLE[bytes[index] as number] as number // in range
    const next = bytes[index + 1]
    if (next !== undefined && next >= 0xc0) {
      const composed = VNI_COMBINATIONS.get(code, next)
      if (composed !== 0) {
        codes[length++] = composed
        index++
        continue
      }
    }
    codes[length++] = code
  }
  return codesToString(codes, length)
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
const UTF16 = new TextDecoder('utf-16le')

function codesToString(codes: Uint16Array, length: number): string {
  if (LITTLE_ENDIAN) return UTF16.decode(codes.subarray(0, length))
  const parts: string[] = []
  for (let start = 0; start < length; start += 4096) {
    parts.push(String.fromCharCode(...Array.from(codes.subarray(start, Math.min(length, start + 4096)))))
  }
  return parts.join('')
}

// Letter classes for `restoreCapitals`, by UTF-16 code unit (filled on first sight).
const UNKNOWN = 0
const NOT_LETTER = 1
const LOWER = 2
const UPPER = 3
/** A lower-case letter that the TCVN3 capitals fonts (.VnTimeH) also use for the capital. */
const AMBIGUOUS = 4
const LETTER_CLASS = new Uint8Array(0x10000)
for (const [vowel, row] of Object.entries(TCVN3_VOWELS)) {
  row.forEach((byte, tone) => {
    if (byte >= 0x80) LETTER_CLASS[(vowel + TONES[tone]).normalize('NFC').charCodeAt(0)] = AMBIGUOUS
  })
}
LETTER_CLASS['đ'.charCodeAt(0)] = AMBIGUOUS
const IS_LETTER = /\p{L}/u
// Classify every code unit TCVN3 decoding can produce (the table and the composed capitals).
for (let code = 0; code < 0x80; code++) classifyLetter(code)
for (const code of TCVN3_TABLE) classifyLetter(code)
for (const vowel of VOWELS) for (const mark of TONES) classifyLetter((vowel.toUpperCase() + mark).normalize('NFC').charCodeAt(0))

function classifyLetter(code: number): void {
  if (LETTER_CLASS[code] !== UNKNOWN) return
  const char = String.fromCharCode(code)
  LETTER_CLASS[code] = !IS_LETTER.test(char) ? NOT_LETTER : char !== char.toLowerCase() ? UPPER : char !== char.toUpperCase() ? LOWER : NOT_LETTER
}

/** Per word of a line in `restoreCapitals`: start, end, capitals, lower-case, ambiguous, in-capitals. */
const FIELDS = 6

/**
 * TCVN3 has no toned capitals: headings typed in a capitals font come out as "HéI §åNG" -> "HộI ĐồNG".
 * Upper-case (in place) the lower-case-coded letters of a word with no unambiguous lower-case letter when
 * - it has two or more capitals ("HộI"), or
 * - it has one capital and a neighbouring word is in capitals ("Kỳ HỌP"), or
 * - its line has a word in capitals and no word with a lower-case letter ("Ý KIẾN").
 * A word is "in capitals" with no lower-case letter, two capitals and the shape of a Vietnamese
 * syllable, so acronyms are no evidence: "Số: 412/NQ-HĐND" and title case ("Uỷ ban") stay as they are.
 * Returns the number of words changed.
 */
function restoreCapitals(codes: Uint16Array, length: number): number {
  let words = new Int32Array(FIELDS * 64)
  let count = 0
  let candidate = false
  let changed = 0
  let start = -1
  let upper = 0
  let lower = 0
  let ambiguous = 0
  for (let index = 0; index <= length; index++) {
    const code = index < length ? (codes[index] as number) : 0x0a
    const kind = LETTER_CLASS[code] as number // in range: code < 0x10000
    if (kind > NOT_LETTER) {
      if (start === -1) start = index
      if (kind === LOWER) lower++
      else if (kind === UPPER) upper++
      else ambiguous++
      continue
    }
    if (start !== -1) {
      if ((count + 1) * FIELDS > words.length) {
        const grown = new Int32Array(words.length * 2)
        grown.set(words)
        words = grown
      }
      const at = count * FIELDS
      words[at] = start
      words[at + 1] = index
      words[at + 2] = upper
      words[at + 3] = lower
      words[at + 4] = ambiguous
      words[at + 5] = lower === 0 && upper >= 2 && isCapitalSyllable(codes, start, index) ? 1 : 0
      if (ambiguous > 0 && lower === 0) candidate = true
      count++
      start = -1
      upper = lower = ambiguous = 0
    }
    if (code === 0x0a) {
      if (candidate) changed += capitaliseLine(codes, words, count)
      count = 0
      candidate = false
    }
  }
  return changed
}

function isCapitalSyllable(codes: Uint16Array, start: number, end: number): boolean {
  let word = ''
  for (let index = start; index < end; index++) word += String.fromCharCode(codes[index] ?? 0)
  return isVietnameseSyllable(word.toLowerCase())
}

function capitaliseLine(codes: Uint16Array, words: Int32Array, count: number): number {
  let anyCaps = false
  let anyLower = false
  for (let word = 0; word < count; word++) {
    if (words[word * FIELDS + 5] === 1) anyCaps = true
    if ((words[word * FIELDS + 3] ?? 0) > 0) anyLower = true
  }
  const capsLine = anyCaps && !anyLower
  const caps = (word: number) => word >= 0 && word < count && words[word * FIELDS + 5] === 1
  let changed = 0
  for (let word = 0; word < count; word++) {
    const at = word * FIELDS
    const upper = words[at + 2] ?? 0
    if ((words[at + 4] ?? 0) === 0 || (words[at + 3] ?? 0) > 0) continue
    if (!(capsLine || upper >= 2 || (upper === 1 && (caps(word - 1) || caps(word + 1))))) continue
    for (let index = words[at] ?? 0; index < (words[at + 1] ?? 0); index++) {
      const code = codes[index] ?? 0
      if (LETTER_CLASS[code] === AMBIGUOUS) codes[index] = String.fromCharCode(code).toUpperCase().charCodeAt(0)
    }
    changed++
  }
  return changed
}

// ---------------------------------------------------------------------------------------------------
// Encoding (for tests and for making fixtures): Unicode -> legacy bytes.

const UNMAPPABLE = 0x3f // '?'

interface LetterParts {
  /** ASCII base letter (a e i o u y d), lower case. */
  readonly base: string
  readonly modifier: '' | 'circumflex' | 'breve' | 'horn' | 'stroke'
  readonly tone: number
  readonly upper: boolean
}

const MODIFIERS: Readonly<Record<string, LetterParts['modifier']>> = {
  '\u0302': 'circumflex',
  '\u0306': 'breve',
  '\u031B': 'horn'
}

/** Split a Vietnamese letter into base, modifier and tone; undefined for anything else. */
function splitLetter(letter: string): LetterParts | undefined {
  const lower = letter.toLowerCase()
  const upper = lower !== letter
  if (lower === 'đ') return {base: 'd', modifier: 'stroke', tone: 0, upper}
  const [base = '', ...marks] = lower.normalize('NFD')
  if (!'aeiouy'.includes(base) || base === '' || marks.length > 2) return undefined
  let modifier: LetterParts['modifier'] = ''
  let tone = 0
  for (const mark of marks) {
    const toneIndex = TONES.indexOf(mark as (typeof TONES)[number])
    if (toneIndex > 0 && tone === 0) tone = toneIndex
    else if (MODIFIERS[mark] !== undefined && modifier === '') modifier = MODIFIERS[mark]
    else return undefined
  }
  const plain = (base + (modifier === 'circumflex' ? '\u0302' : modifier === 'breve' ? '\u0306' : modifier === 'horn' ? '\u031B' : '')).normalize('NFC')
  if (plain.length !== 1 || !(VOWELS as readonly string[]).includes(plain)) return undefined
  return {base, modifier, tone, upper}
}

function toneless(parts: LetterParts): string {
  const marks = {'': '', circumflex: '\u0302', breve: '\u0306', horn: '\u031B', stroke: ''}
  return parts.modifier === 'stroke' ? 'đ' : (parts.base + marks[parts.modifier]).normalize('NFC')
}

const C1_BYTES = new Map<string, number>()
for (let byte = 0x80; byte < 0xa0; byte++) C1_BYTES.set(WINDOWS_1252_C1.charAt(byte - 0x80), byte)

function encodeTcvn3Char(char: string): number[] | undefined {
  const code = char.charCodeAt(0)
  if (code < 0x80) return [code]
  if (C1_BYTES.has(char)) return [C1_BYTES.get(char) ?? UNMAPPABLE]
  if (char === '\u00A0') return [0xa0]
  const letter = TCVN3_LETTERS[char]
  if (letter !== undefined) return [letter]
  const parts = splitLetter(char)
  if (parts === undefined || parts.modifier === 'stroke') return undefined
  // Toned capitals take the lower-case code, as the capitals fonts (.VnTimeH) do.
  const byte = TCVN3_VOWELS[toneless(parts) as (typeof VOWELS)[number]][parts.tone]
  return byte === undefined ? undefined : [byte]
}

const VNI_ACCENT_BYTES = new Set<number>()
for (const row of [VNI_TONE_BYTES, VNI_CIRCUMFLEX_BYTES, VNI_BREVE_BYTES]) {
  for (const byte of row) if (byte !== 0) VNI_ACCENT_BYTES.add(byte).add(byte - VNI_CAPITAL_OFFSET)
}

function encodeVniChar(char: string): number[] | undefined {
  const code = char.charCodeAt(0)
  if (code < 0x80) return [code]
  if (C1_BYTES.has(char)) return [C1_BYTES.get(char) ?? UNMAPPABLE]
  const parts = splitLetter(char)
  if (parts === undefined) {
    // Other Latin-1 characters keep their byte where VNI does not use it.
    if (code <= 0xff && VNI_TABLE[code] === code && !VNI_ACCENT_BYTES.has(code)) return [code]
    return undefined
  }
  const shift = parts.upper ? VNI_CAPITAL_OFFSET : 0
  const base = parts.upper ? parts.base.toUpperCase().charCodeAt(0) : parts.base.charCodeAt(0)
  const own = VNI_LETTERS[(parts.modifier === 'stroke' ? 'đ' : (toneless(parts) + TONES[parts.tone]).normalize('NFC'))]
  if (own !== undefined) return [own - shift]
  if (parts.modifier === 'horn') {
    const letter = VNI_LETTERS[toneless(parts)] ?? UNMAPPABLE
    return parts.tone === 0 ? [letter - shift] : [letter - shift, (VNI_TONE_BYTES[parts.tone] ?? 0) - shift]
  }
  if (parts.modifier === 'circumflex') return [base, (VNI_CIRCUMFLEX_BYTES[parts.tone] ?? 0) - shift]
  if (parts.modifier === 'breve') return [base, (VNI_BREVE_BYTES[parts.tone] ?? 0) - shift]
  return parts.tone === 0 ? [base] : [base, (VNI_TONE_BYTES[parts.tone] ?? 0) - shift]
}

const WINDOWS_1258_BYTES = new Map<string, number>()
for (let byte = 0x80; byte < 0x100; byte++) {
  const char = WINDOWS_1258_HIGH.charAt(byte - 0x80)
  if (!TONE_MARK_CODES.has(char.charCodeAt(0))) WINDOWS_1258_BYTES.set(char, byte)
}
const WINDOWS_1258_TONE_BYTES: ToneRow = [0, 0xec, 0xcc, 0xd2, 0xde, 0xf2]

function encodeWindows1258Char(char: string): number[] | undefined {
  const code = char.charCodeAt(0)
  if (code < 0x80) return [code]
  const direct = WINDOWS_1258_BYTES.get(char)
  if (direct !== undefined) return [direct]
  const parts = splitLetter(char)
  if (parts === undefined || parts.tone === 0) return undefined
  const vowel = toneless(parts)
  const base = parts.upper ? vowel.toUpperCase() : vowel
  const baseByte = base.charCodeAt(0) < 0x80 ? base.charCodeAt(0) : WINDOWS_1258_BYTES.get(base)
  return baseByte === undefined ? undefined : [baseByte, WINDOWS_1258_TONE_BYTES[parts.tone] ?? 0]
}

const ENCODERS: Readonly<Record<LegacyEncoding, (char: string) => number[] | undefined>> = {
  'tcvn3': encodeTcvn3Char,
  'vni': encodeVniChar,
  'windows-1258': encodeWindows1258Char
}

/**
 * Encode Unicode text (normalised to NFC first) in a legacy encoding. Characters the encoding cannot
 * hold become '?'; list them with `findUnencodable`. TCVN3 writes toned capitals with the lower-case
 * code, as the ABC capitals fonts do.
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding): Uint8Array {
  const encodeChar = ENCODERS[encoding]
  const bytes: number[] = []
  for (const char of text.normalize('NFC')) {
    const encoded = encodeChar(char)
    if (encoded === undefined) bytes.push(UNMAPPABLE)
    else for (const byte of encoded) bytes.push(byte)
  }
  return Uint8Array.from(bytes)
}

/** The distinct characters of `text` (after NFC) that `encoding` cannot hold, in order of appearance. */
export function findUnencodable(text: string, encoding: LegacyEncoding): string[] {
  const encodeChar = ENCODERS[encoding]
  const found = new Set<string>()
  for (const char of text.normalize('NFC')) if (encodeChar(char) === undefined) found.add(char)
  return [...found]
}
