/**
 * Bytes in, Unicode text out. Pure: no I/O, never throws.
 *
 * Order of the checks:
 * 1. empty file;
 * 2. byte-order marks: UTF-32 LE/BE, UTF-16 LE/BE (Word's "Unicode text"), UTF-8 (stripped);
 * 3. signatures of non-text formats (PDF, DOCX/XLSX/ODT/ZIP, legacy Office, images, gzip, RTF);
 * 4. NUL bytes: UTF-16 without a byte-order mark if the NULs fall in every other byte, else binary;
 *    many control bytes: binary;
 * 5. UTF-8 (the normal case: the text is returned exactly as stored, not even NFC-normalised);
 * 6. not UTF-8: legacy Vietnamese 8-bit encodings TCVN3, VNI, Windows-1258, if the evidence is strong.
 * Decoded Unicode text whose every non-ASCII character is a Windows-1252/Latin-1 character (legacy
 * bytes shown through the wrong code page, "Héi ®ång nh©n d©n", or UTF-8 shown so, "Há»™i") is
 * repaired the same way, if the evidence is strong and the text as it stands does not read as
 * Vietnamese. Text with any other letter (real Unicode Vietnamese: ư, ơ, ệ...) is never touched.
 *
 * Evidence: the words with a non-ASCII letter in a bounded sample (three 8 KiB windows) are checked
 * against Vietnamese syllable structure (onset, vowel group, final, one tone; stop finals take only
 * sắc or nặng) and against a list of common Vietnamese words. A conversion needs at least
 * `MIN_WORDS` such words, `MIN_VALID_SHARE` of them valid syllables and `MIN_COMMON_WORDS` distinct
 * common words.
 */
import * as nodeBuffer from 'node:buffer'
import {Buffer, isAscii, isUtf8} from 'node:buffer'
import {
  decodeLegacy,
  LEGACY_ENCODING_NAMES,
  LEGACY_ENCODINGS,
  type LegacyEncoding,
  isVietnameseSyllable,
  WINDOWS_1252_C1
} from '../vocabulary/legacy-encodings.js'

export {encodeLegacy, findUnencodable, type LegacyEncoding} from '../vocabulary/legacy-encodings.js'

/** Why a file cannot be read as text. Stable kebab-case ids. */
export type InputErrorCode =
  /** No bytes, or only whitespace / a byte-order mark. */
  | 'empty-file'
  /** A binary format (PDF, Office, ZIP, image) or bytes with NULs / control characters. */
  | 'binary-file'
  /** A text format this tool does not read (RTF). */
  | 'unsupported-format'
  /** Not valid UTF-8/16/32 and not recognisably a legacy Vietnamese encoding. */
  | 'invalid-encoding'

/**
 * `encoding` is one of 'utf-8', 'utf-16le', 'utf-16be', 'utf-32le', 'utf-32be', 'tcvn3', 'vni',
 * 'windows-1258', or '<unicode>+<legacy>' (e.g. 'utf-8+tcvn3', 'utf-16le+vni', 'utf-8+utf-8') when
 * legacy or UTF-8 bytes were found inside Unicode text as Windows-1252 characters. `notes` describe
 * any conversion, for the user.
 */
export type DecodeResult =
  | {readonly ok: true; readonly text: string; readonly encoding: string; readonly notes: readonly string[]}
  | {readonly ok: false; readonly code: InputErrorCode; readonly message: string}

/** Detection thresholds (see the module comment). */
export const MIN_WORDS = 4
export const MIN_VALID_SHARE = 0.85
export const MIN_COMMON_WORDS = 3
/**
 * Text repaired from mojibake must read much better after than before: the share of valid syllables
 * must grow by this much, and the distinct common words at least double. Real Unicode Vietnamese
 * written with Latin-1 letters only ("Tôi là ai") is already valid, so it is left alone.
 */
export const MIN_REPAIR_GAIN = 0.25

const SAMPLE_WINDOW = 8192
/** Accented words judged per sample window: enough to tell, bounded so detection costs little. */
const WORDS_PER_WINDOW = 400
const CONTROL_SAMPLE = 65536

const NOT_TEXT = 'looks like binary data, not a text file; pass a plain-text (.txt) export of the document'

const UTF8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})
const UTF16LE = new TextDecoder('utf-16le', {fatal: true, ignoreBOM: true})
const UTF16BE = new TextDecoder('utf-16be', {fatal: true, ignoreBOM: true})

export function decode(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return fail('empty-file', 'file is empty (0 bytes): nothing to extract')
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) && bytes.length % 4 === 0) return decodeUtf32(bytes, true)
  if (startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) return decodeUtf32(bytes, false)
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 2, true, ['converted from UTF-16LE (told by its byte-order mark) to Unicode text'])
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 2, false, ['converted from UTF-16BE (told by its byte-order mark) to Unicode text'])
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0
  const signature = findSignature(bytes.subarray(bom))
  if (signature !== undefined) return signature
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    const littleEndian = guessUtf16(bytes)
    if (littleEndian !== undefined) {
      const order = littleEndian ? 'UTF-16LE' : 'UTF-16BE'
      return decodeUtf16(bytes, 0, littleEndian, [`decoded as ${order} without a byte-order mark (told by the NUL bytes in every other position)`])
    }
    return fail('binary-file', `contains NUL bytes (first at byte offset ${nul}): ${NOT_TEXT}`)
  }
  const content = bytes.subarray(bom)
  // Node's native check is several times faster than a fatal TextDecoder.
  if (!isUtf8(content)) return tooManyControlBytes(bytes) ?? decodeNonUtf8(content, bom)
  // In UTF-8 a control byte is a control character and nothing else, so text without any (the normal
  // case) has no control bytes and needs no count.
  if (hasControlByte(content)) {
    const failure = tooManyControlBytes(bytes)
    if (failure !== undefined) return failure
  }
  const text = decodeUtf8(content)
  // Windows-1252 characters are below U+0100 or in U+0152-U+2122 and U+F000-U+F0FF, so a UTF-8 lead
  // byte 0xE1 (U+1000-U+1FFF: Vietnamese ạ-ỹ) proves real Unicode letters: no mojibake scan needed.
  return finish(text, bytes.length, 'utf-8', [], content.indexOf(0xe1) === -1)
}

/** The control bytes `countControlBytes` counts (tab, line feed... carriage return are text). */
const CONTROL_BYTES: readonly number[] = Array.from({length: 0x20}, (_, byte) => byte).filter((byte) => byte < 0x09 || byte > 0x0d)

/**
 * Does `content` hold one of `CONTROL_BYTES`? A native search for each byte value (memchr) costs half
 * the regex `/[\0-\x08\x0e-\x1f]/` over the decoded text (which, for well-formed UTF-8, gives the same
 * answer: tests/decode-utf8.test.ts).
 */
export function hasControlByte(content: Uint8Array): boolean {
  const buffer = Buffer.from(content.buffer, content.byteOffset, content.byteLength)
  for (const byte of CONTROL_BYTES) if (buffer.indexOf(byte) !== -1) return true
  return false
}

function tooManyControlBytes(bytes: Uint8Array): DecodeResult | undefined {
  const control = countControlBytes(bytes.subarray(0, CONTROL_SAMPLE))
  if (control.count <= Math.max(8, control.sampled * 0.02)) return undefined
  return fail('binary-file', `contains ${control.count} control bytes in its first ${control.sampled} bytes (first at byte offset ${control.first}): ${NOT_TEXT}`)
}

const transcode = nodeBuffer.transcode as typeof nodeBuffer.transcode | undefined

/**
 * Well-formed UTF-8 (checked by `isUtf8`) to text. On Vietnamese text Node's `transcode` to UTF-16
 * (simdutf) plus a UTF-16 string is several times faster than `toString('utf8')` (~0.06 ms against
 * ~0.4 ms for 40 KB) and gives the same string. ASCII is faster the plain way. Node built without ICU
 * has no `transcode`.
 */
export function decodeUtf8(content: Uint8Array): string {
  const buffer = Buffer.from(content.buffer, content.byteOffset, content.byteLength)
  if (transcode === undefined || isAscii(content)) return buffer.toString('utf8')
  return transcode(buffer, 'utf8', 'ucs2').toString('ucs2')
}

// ---------------------------------------------------------------------------------------------------
// Unicode encodings

function decodeUtf16(bytes: Uint8Array, start: number, littleEndian: boolean, notes: readonly string[]): DecodeResult {
  const name = littleEndian ? 'UTF-16LE' : 'UTF-16BE'
  const content = bytes.subarray(start)
  let text: string
  try {
    text = (littleEndian ? UTF16LE : UTF16BE).decode(content)
  } catch {
    if (content.length % 2 === 1) {
      return fail('invalid-encoding', `invalid ${name}: odd number of bytes (${bytes.length}), the last character is cut off: re-save the file as UTF-8`)
    }
    const offset = start + findUnpairedSurrogate(content, littleEndian)
    return fail('invalid-encoding', `invalid ${name} at byte offset ${offset} (unpaired surrogate): re-save the file as UTF-8`)
  }
  const nul = text.indexOf('\0')
  if (nul !== -1) {
    return fail('binary-file', `${name} text contains NUL characters (first at byte offset ${start + nul * 2}): ${NOT_TEXT}`)
  }
  return finish(text, bytes.length, name.toLowerCase(), notes)
}

function findUnpairedSurrogate(content: Uint8Array, littleEndian: boolean): number {
  const unit = (index: number) =>
    littleEndian ? (content[index] ?? 0) | ((content[index + 1] ?? 0) << 8) : ((content[index] ?? 0) << 8) | (content[index + 1] ?? 0)
  for (let index = 0; index + 1 < content.length; index += 2) {
    const code = unit(index)
    if (code >= 0xdc00 && code <= 0xdfff) return index
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = index + 3 < content.length ? unit(index + 2) : -1
      if (next < 0xdc00 || next > 0xdfff) return index
      index += 2
    }
  }
  return content.length
}

/** UTF-16 without a byte-order mark: NULs in most odd (LE) or even (BE) positions and few elsewhere. */
function guessUtf16(bytes: Uint8Array): boolean | undefined {
  if (bytes.length % 2 === 1 || bytes.length < 4) return undefined
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192))
  let evenZeros = 0
  let oddZeros = 0
  for (let index = 0; index < sample.length; index += 2) {
    if (sample[index] === 0) evenZeros++
    if (sample[index + 1] === 0) oddZeros++
  }
  const pairs = sample.length / 2
  const littleEndian = oddZeros >= pairs * 0.3 && evenZeros <= oddZeros * 0.05
  const bigEndian = evenZeros >= pairs * 0.3 && oddZeros <= evenZeros * 0.05
  if (littleEndian === bigEndian) return undefined
  let text: string
  try {
    text = (littleEndian ? UTF16LE : UTF16BE).decode(sample)
  } catch {
    return undefined
  }
  // Text, not binary that happens to have NULs in step: no controls but whitespace, mostly ASCII.
  if (/[\0-\x08\x0e-\x1f\x7f]/.test(text)) return undefined
  let ascii = 0
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) < 0x80) ascii++
  return ascii >= text.length * 0.5 ? littleEndian : undefined
}

function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): DecodeResult {
  const name = littleEndian ? 'UTF-32LE' : 'UTF-32BE'
  if (bytes.length % 4 !== 0) {
    return fail('invalid-encoding', `invalid ${name}: ${bytes.length} bytes is not a multiple of 4, the last character is cut off: re-save the file as UTF-8`)
  }
  const parts: string[] = []
  let chunk: number[] = []
  for (let offset = 4; offset < bytes.length; offset += 4) {
    const [a = 0, b = 0, c = 0, d = 0] = bytes.subarray(offset, offset + 4)
    const code = littleEndian ? (a | (b << 8) | (c << 16) | (d << 24)) >>> 0 : ((a << 24) | (b << 16) | (c << 8) | d) >>> 0
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
      return fail('invalid-encoding', `invalid ${name} at byte offset ${offset} (no character U+${code.toString(16).toUpperCase()}): re-save the file as UTF-8`)
    }
    if (code === 0) return fail('binary-file', `${name} text contains NUL characters (first at byte offset ${offset}): ${NOT_TEXT}`)
    chunk.push(code)
    if (chunk.length === 4096) {
      parts.push(String.fromCodePoint(...chunk))
      chunk = []
    }
  }
  parts.push(String.fromCodePoint(...chunk))
  return finish(parts.join(''), bytes.length, name.toLowerCase(), [])
}

/** Well-formed UTF-8 sequence length at `index` (1-4), or 0 if the bytes there are not UTF-8. */
function utf8SequenceLength(bytes: Uint8Array, index: number): number {
  const first = bytes[index] ?? 0
  if (first < 0x80) return 1
  if (first < 0xc2 || first > 0xf4) return 0
  const second = bytes[index + 1] ?? 0
  if (first < 0xe0) return second >= 0x80 && second <= 0xbf ? 2 : 0
  const low = first === 0xe0 ? 0xa0 : first === 0xf0 ? 0x90 : 0x80
  const high = first === 0xed ? 0x9f : first === 0xf4 ? 0x8f : 0xbf
  if (second < low || second > high) return 0
  const third = bytes[index + 2] ?? 0
  if (third < 0x80 || third > 0xbf) return 0
  if (first < 0xf0) return 3
  const fourth = bytes[index + 3] ?? 0
  return fourth >= 0x80 && fourth <= 0xbf ? 4 : 0
}

interface Utf8Scan {
  /** Offset of the first byte that is not part of a well-formed sequence (-1 if none). */
  readonly firstInvalid: number
  readonly multibyte: number
  readonly invalid: number
}

function scanUtf8(bytes: Uint8Array, limit: number): Utf8Scan {
  let firstInvalid = -1
  let multibyte = 0
  let invalid = 0
  for (let index = 0; index < bytes.length; ) {
    const length = utf8SequenceLength(bytes, index)
    if (length === 0) {
      if (firstInvalid === -1) firstInvalid = index
      invalid++
      index++
    } else {
      if (length > 1) multibyte++
      index += length
    }
    if (index >= limit && firstInvalid !== -1) break
  }
  return {firstInvalid, multibyte, invalid}
}

// ---------------------------------------------------------------------------------------------------
// Non-text formats

interface Signature {
  readonly magic: readonly number[]
  readonly describe: (bytes: Uint8Array) => {readonly code: InputErrorCode; readonly message: string}
}

const toBytes = (text: string) => [...text].map((char) => char.charCodeAt(0))

const binaryFailure = (message: string) => () => ({code: 'binary-file' as const, message})

const IMAGE_ADVICE = 'the input must be text; run OCR on it first (for example with tesseract) and pass the text'
const OFFICE_ADVICE = 'save it as plain text (UTF-8) first (Word: File > Save As > Plain Text; or pandoc -t plain)'

const SIGNATURES: readonly Signature[] = [
  {magic: toBytes('%PDF-'), describe: binaryFailure('looks like a PDF document: convert it to plain text first (for example with pdftotext)')},
  {magic: [0x50, 0x4b, 0x03, 0x04], describe: describeZip},
  {magic: [0x50, 0x4b, 0x05, 0x06], describe: describeZip},
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    describe: binaryFailure(`looks like a legacy Microsoft Office document (.doc/.xls, OLE2 format): ${OFFICE_ADVICE}`)
  },
  {magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], describe: binaryFailure(`looks like a PNG image: ${IMAGE_ADVICE}`)},
  {magic: [0xff, 0xd8, 0xff], describe: binaryFailure(`looks like a JPEG image: ${IMAGE_ADVICE}`)},
  {magic: toBytes('GIF87a'), describe: binaryFailure(`looks like a GIF image: ${IMAGE_ADVICE}`)},
  {magic: toBytes('GIF89a'), describe: binaryFailure(`looks like a GIF image: ${IMAGE_ADVICE}`)},
  {magic: [0x49, 0x49, 0x2a, 0x00], describe: binaryFailure(`looks like a TIFF image: ${IMAGE_ADVICE}`)},
  {magic: [0x4d, 0x4d, 0x00, 0x2a], describe: binaryFailure(`looks like a TIFF image: ${IMAGE_ADVICE}`)},
  {magic: [0x1f, 0x8b], describe: binaryFailure('looks like a gzip-compressed file: decompress it first (for example with gunzip)')},
  {
    magic: toBytes('{\\rtf'),
    describe: () => ({code: 'unsupported-format', message: `looks like an RTF document: ${OFFICE_ADVICE}`})
  }
]

function describeZip(bytes: Uint8Array): {readonly code: InputErrorCode; readonly message: string} {
  // Entry names are stored uncompressed in the local headers: look at the first ones.
  const head = String.fromCharCode(...bytes.subarray(0, 4096))
  if (head.includes('word/')) return {code: 'binary-file', message: `looks like a Word .docx document (a ZIP container): ${OFFICE_ADVICE}`}
  if (head.includes('xl/')) return {code: 'binary-file', message: 'looks like an Excel .xlsx workbook (a ZIP container): export the text as plain text (UTF-8) first'}
  if (head.includes('ppt/')) return {code: 'binary-file', message: 'looks like a PowerPoint .pptx file (a ZIP container): export the text as plain text (UTF-8) first'}
  if (head.includes('opendocument')) {
    return {code: 'binary-file', message: 'looks like an OpenDocument file (.odt, a ZIP container): save it as plain text (UTF-8) first (for example with soffice --headless --convert-to txt)'}
  }
  return {code: 'binary-file', message: 'looks like a ZIP archive: extract it and pass the text files inside'}
}

function findSignature(bytes: Uint8Array): DecodeResult | undefined {
  for (const signature of SIGNATURES) {
    if (startsWith(bytes, signature.magic)) {
      const {code, message} = signature.describe(bytes)
      return fail(code, message)
    }
  }
  return undefined
}

function countControlBytes(sample: Uint8Array): {count: number; first: number; sampled: number} {
  let count = 0
  let first = -1
  for (let index = 0; index < sample.length; index++) {
    const byte = sample[index] as number // in range
    // Tab, line feed, vertical tab, form feed and carriage return are text.
    if (byte < 0x20 && (byte < 0x09 || byte > 0x0d)) {
      count++
      if (first === -1) first = index
    }
  }
  return {count, first, sampled: sample.length}
}

// ---------------------------------------------------------------------------------------------------
// Legacy encodings

function decodeNonUtf8(content: Uint8Array, bom: number): DecodeResult {
  const scan = scanUtf8(content, SAMPLE_WINDOW * 4)
  const offset = bom + Math.max(0, scan.firstInvalid)
  const at = `invalid UTF-8 at byte offset ${offset} (byte 0x${formatHex(content[offset - bom] ?? 0)})`
  if (bom > 0) return fail('invalid-encoding', `${at} although the file starts with a UTF-8 byte-order mark: re-save the file as UTF-8`)
  if (scan.multibyte > scan.invalid) {
    return fail('invalid-encoding', `${at} in an otherwise UTF-8 file (damaged, or parts in different encodings): re-save the file as UTF-8`)
  }
  const detected = detectLegacy(content)
  if (detected === undefined) {
    return fail('invalid-encoding', `${at}, and the bytes do not read as TCVN3, VNI or Windows-1258 Vietnamese text either: re-save the file as UTF-8`)
  }
  const decoded = decodeLegacy(content, detected.encoding)
  const notes = [
    `converted from ${LEGACY_ENCODING_NAMES[detected.encoding]} to Unicode: the file is not UTF-8 (first invalid byte at offset ${offset}) ` +
      `and reads as ${LEGACY_ENCODING_NAMES[detected.encoding]} Vietnamese text (${describeEvidence(detected.evidence)})` +
      describeCapitals(decoded.capitalisedWords)
  ]
  return finish(decoded.text, content.length, detected.encoding, notes)
}

/**
 * Byte of each Unicode code unit that Windows-1252 (or Latin-1, or Word's symbol-font private use
 * area U+F000-U+F0FF) shows for it; -1 for the rest.
 */
const SHOWN_AS = new Int16Array(0x10000).fill(-1)
for (let code = 0; code < 0x100; code++) SHOWN_AS[code] = code
for (let byte = 0x80; byte < 0xa0; byte++) SHOWN_AS[WINDOWS_1252_C1.charCodeAt(byte - 0x80)] = byte
for (let code = 0xf000; code < 0xf100; code++) SHOWN_AS[code] = code & 0xff
/** Stands for the characters kept as they are while decoding the recovered bytes. */
const PLACEHOLDER = 0x1a
SHOWN_AS[PLACEHOLDER] = -1

/**
 * Legacy bytes shown as Windows-1252 characters inside Unicode text: recover the bytes, and decode them
 * if the evidence is strong. Characters with no byte are kept as they are, unless one of them is a
 * letter or a combining mark (real Unicode Vietnamese: the text is left alone).
 */
function repairMojibake(text: string, container: string): {text: string; encoding: string; note: string} | undefined {
  const bytes = new Uint8Array(text.length)
  const kept: string[] = []
  let nonAscii = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const byte = SHOWN_AS[code] as number // in range: code < 0x10000
    if (byte >= 0) {
      bytes[index] = byte
      if (byte >= 0x80) nonAscii++
    } else {
      if (isWordChar(code)) return undefined
      kept.push(text.charAt(index))
      bytes[index] = PLACEHOLDER
    }
  }
  if (nonAscii === 0) return undefined
  const before = sumEvidence(sampleWindows(text).map((window) => measure(window, WORDS_PER_WINDOW)))
  if (before.words > 0 && validShare(before) > 1 - MIN_REPAIR_GAIN) return undefined
  const better = (after: Evidence) => validShare(after) - validShare(before) >= MIN_REPAIR_GAIN && after.distinctCommon >= 2 * before.distinctCommon
  const restore = (decoded: string) => {
    let next = 0
    return kept.length === 0 ? decoded : decoded.replace(/\x1a/g, () => kept[next++] ?? '\x1a')
  }
  const doubled = repairDoubleUtf8(bytes)
  if (doubled !== undefined && better(doubled.evidence)) {
    const repaired = restore(doubled.text)
    const note =
      `repaired doubly encoded UTF-8: the ${container.toUpperCase()} text held UTF-8 bytes shown as Windows-1252 characters` +
      `${describeExample(text, repaired)} (${describeEvidence(doubled.evidence)})`
    return {text: repaired, encoding: `${container}+utf-8`, note}
  }
  const detected = detectLegacy(bytes)
  if (detected === undefined || !better(detected.evidence)) return undefined
  const decoded = decodeLegacy(bytes, detected.encoding)
  const repaired = restore(decoded.text)
  const name = LEGACY_ENCODING_NAMES[detected.encoding]
  const note =
    `converted from ${name} to Unicode: the ${container.toUpperCase()} text held ${name} bytes shown as Windows-1252 characters` +
    `${describeExample(text, repaired)} (${describeEvidence(detected.evidence)})${describeCapitals(decoded.capitalisedWords)}`
  return {text: repaired, encoding: `${container}+${detected.encoding}`, note}
}

/** UTF-8 read as Windows-1252 and saved again ("Há»™i" for "Hội"): the recovered bytes are UTF-8. */
function repairDoubleUtf8(bytes: Uint8Array): {text: string; evidence: Evidence} | undefined {
  let text: string
  try {
    text = UTF8.decode(bytes)
  } catch {
    return undefined
  }
  const evidence = sumEvidence(sampleWindows(text).map((window) => measure(window, WORDS_PER_WINDOW)))
  return isStrong(evidence) ? {text, evidence} : undefined
}

function describeExample(before: string, after: string): string {
  const beforeLines = before.split('\n')
  const afterLines = after.split('\n')
  const index = beforeLines.findIndex((line) => /[^\x00-\x7f]/.test(line))
  const words = (line: string | undefined) => (line ?? '').trim().split(/\s+/).slice(0, 4).join(' ')
  if (index === -1 || beforeLines.length !== afterLines.length) return ''
  return `, e.g. "${words(beforeLines[index])}" -> "${words(afterLines[index])}"`
}

function describeEvidence(evidence: Evidence): string {
  const share = Math.floor((evidence.valid / Math.max(1, evidence.words)) * 100)
  return `${share}% of ${evidence.words} sampled accented words are Vietnamese syllables; ${evidence.distinctCommon} common words such as "${evidence.commonWords.slice(0, 3).join('", "')}"`
}

function describeCapitals(words: number): string {
  return words === 0 ? '' : `; TCVN3 has no toned capitals: ${words} words in capitals fonts were upper-cased (check headings)`
}

interface Detection {
  readonly encoding: LegacyEncoding
  readonly evidence: Evidence
}

/** The legacy encoding under which a sample of `bytes` reads best as Vietnamese, if the evidence is strong. */
function detectLegacy(bytes: Uint8Array): Detection | undefined {
  const windows = sampleWindows(bytes)
  let best: Detection | undefined
  for (const encoding of LEGACY_ENCODINGS) {
    const evidence = sumEvidence(windows.map((window) => measure(decodeLegacy(window, encoding, {restoreCapitals: false}).text, WORDS_PER_WINDOW)))
    if (!isStrong(evidence)) continue
    if (best === undefined || validShare(evidence) > validShare(best.evidence) || (validShare(evidence) === validShare(best.evidence) && evidence.common > best.evidence.common)) {
      best = {encoding, evidence}
    }
  }
  return best
}

function isStrong(evidence: Evidence): boolean {
  return evidence.words >= MIN_WORDS && validShare(evidence) >= MIN_VALID_SHARE && evidence.distinctCommon >= MIN_COMMON_WORDS
}

function sumEvidence(parts: readonly Evidence[]): Evidence {
  const commonWords = [...new Set(parts.flatMap((part) => part.commonWords))]
  const total = (key: 'words' | 'valid' | 'common') => parts.reduce((count, part) => count + part[key], 0)
  return {words: total('words'), valid: total('valid'), common: total('common'), distinctCommon: commonWords.length, commonWords}
}

const validShare = (evidence: Evidence) => evidence.valid / Math.max(1, evidence.words)

/** Up to three windows (start, middle, end) of `SAMPLE_WINDOW` units each. */
function sampleWindows<T extends Uint8Array | string>(data: T): T[] {
  const size = SAMPLE_WINDOW
  if (data.length <= size * 3) return [data]
  const middle = Math.floor(data.length / 2 - size / 2)
  const cut = (start: number, end: number) => (typeof data === 'string' ? data.slice(start, end) : data.subarray(start, end)) as T
  return [cut(0, size), cut(middle, middle + size), cut(data.length - size, data.length)]
}

// ---------------------------------------------------------------------------------------------------
// Vietnamese evidence

interface Evidence {
  /** Words (letter runs) with at least one non-ASCII letter. */
  readonly words: number
  /** ... of which are well-formed Vietnamese syllables. */
  readonly valid: number
  /** Occurrences of common Vietnamese words. */
  readonly common: number
  readonly distinctCommon: number
  /** The distinct common words found, in order of appearance. */
  readonly commonWords: readonly string[]
}

/**
 * Frequent words of administrative Vietnamese, with diacritics (ASCII-only words read the same in every
 * encoding, so they prove nothing).
 */
const COMMON_WORDS = new Set(
  (
    'của và năm được nhân dân tỉnh huyện xã các có là người những một đã về này để thực hiện phát triển ' +
    'tế hội đồng nghị quyết công tác đầu tư chỉ đạo tăng cường đơn vị số ngày tháng trên đến với từ tại đó ' +
    'sự việc quản lý xây dựng thành phố ủy uỷ kế hoạch triệu tỷ tỉ bảo đảm giải pháp nhiệm vụ mục tiêu ' +
    'chương trình văn hóa hoá giáo dục nông nghiệp không cơ sở điều luật chính phủ quốc trường học dự án ' +
    'vốn ngân sách hàng đất đai đô thị môi nước nhà chức chủ động lực lượng cấp độ hợp cầu mới hệ thống ' +
    'kỳ họp khóa khoá thứ tổ địa phương sản xuất dịch đạt lệ hộ nghèo đoàn kiểm tra đánh giá'
  )
    .split(' ')
    .filter((word) => /[^\x00-\x7f]/.test(word))
)

/** Word characters by UTF-16 code unit: 0 not yet seen, 1 not a letter, 2 letter or mark. */
const WORD_CHAR = new Uint8Array(0x10000)
const LETTER_OR_MARK_CLASS = /[\p{L}\p{M}]/u

function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
  let known = WORD_CHAR[code] ?? 1
  if (known === 0) {
    known = LETTER_OR_MARK_CLASS.test(String.fromCharCode(code)) ? 2 : 1
    WORD_CHAR[code] = known
  }
  return known === 2
}

/**
 * Count the words (letter runs) with a non-ASCII letter in `text`, how many are Vietnamese syllables and
 * how many are common Vietnamese words; stop after `limit` such words.
 */
function measure(text: string, limit = Number.POSITIVE_INFINITY): Evidence {
  let words = 0
  let valid = 0
  let common = 0
  const distinct = new Set<string>()
  let start = -1
  let nonAscii = false
  for (let index = 0; index <= text.length && words < limit; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 0x20
    if (isWordChar(code)) {
      if (start === -1) start = index
      if (code >= 0x80) nonAscii = true
      continue
    }
    if (start !== -1 && nonAscii) {
      words++
      const lower = text.slice(start, index).toLowerCase()
      if (isVietnameseSyllable(lower)) {
        valid++
        if (COMMON_WORDS.has(lower)) {
          common++
          distinct.add(lower)
        }
      }
    }
    start = -1
    nonAscii = false
  }
  return {words, valid, common, distinctCommon: distinct.size, commonWords: [...distinct]}
}

// ---------------------------------------------------------------------------------------------------

function finish(text: string, size: number, encoding: string, notes: readonly string[], mayHoldMojibake = true): DecodeResult {
  if (!/\S/.test(text)) {
    const what = text.length === 0 ? 'only a byte-order mark' : 'only whitespace'
    return fail('empty-file', `file has ${what} (${size} bytes): nothing to extract`)
  }
  if (mayHoldMojibake && encoding.startsWith('utf-')) {
    const repaired = repairMojibake(text, encoding)
    if (repaired !== undefined) return {ok: true, text: repaired.text, encoding: repaired.encoding, notes: [...notes, repaired.note]}
  }
  return {ok: true, text, encoding, notes}
}

function fail(code: InputErrorCode, message: string): DecodeResult {
  return {ok: false, code, message}
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, index) => bytes[index] === byte)
}

function formatHex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0')
}
