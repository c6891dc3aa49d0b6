/**
 * The fast UTF-8 path of decode: `decodeUtf8` (transcode to UTF-16) gives what `toString('utf8')`
 * gives, and the control-byte check made after decoding fails exactly where the byte count says so.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {decode, decodeUtf8, hasControlByte} from '../src/stages/decode.js'

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'))

describe('decodeUtf8', () => {
  it('should give what toString("utf8") gives on any well-formed UTF-8', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 300}), fc.nat(7), (text, offset) => {
        // At any byte offset in a larger buffer (pooled buffers are not aligned).
        const bytes = new Uint8Array(offset + Buffer.byteLength(text))
        bytes.set(utf8(text), offset)
        const content = bytes.subarray(offset)
        expect(decodeUtf8(content)).toBe(Buffer.from(content).toString('utf8'))
        expect(decodeUtf8(content)).toBe(text)
      }),
      {numRuns: 2000}
    )
  })

  it('should decode ASCII, Vietnamese, astral characters and the empty input', () => {
    for (const text of ['', 'abc\r\n', 'Hội đồng nhân dân tỉnh', '😀 𝔸 ₫ ẞ', 'ǅ\u0301\u00a0'.repeat(5000)]) {
      expect(decodeUtf8(utf8(text))).toBe(text)
    }
  })
})

describe('decode: control bytes in UTF-8', () => {
  const body = 'Nghị quyết về kế hoạch phát triển kinh tế - xã hội.\n'.repeat(20)

  it('should accept a few control bytes and reject many, as the byte count says', () => {
    expect(decode(utf8(`\x01${body}\x02`))).toMatchObject({ok: true, encoding: 'utf-8'})
    const many = utf8(`${body}${'\x07'.repeat(30)}`)
    expect(decode(many)).toEqual({
      ok: false,
      code: 'binary-file',
      message: `contains 30 control bytes in its first ${many.length} bytes (first at byte offset ${many.length - 30}): looks like binary data, not a text file; pass a plain-text (.txt) export of the document`
    })
  })

  it('should count only the first 64 KiB, as before', () => {
    const late = utf8(`${'a'.repeat(70_000)}${'\x07'.repeat(100)}`)
    expect(decode(late)).toMatchObject({ok: true})
    const early = utf8(`${'\x07'.repeat(9)}${'a'.repeat(70_000)}`)
    expect(decode(early)).toMatchObject({ok: true})
    const tooMany = utf8(`${'\x07'.repeat(1400)}${'a'.repeat(70_000)}`)
    expect(decode(tooMany)).toMatchObject({ok: false, code: 'binary-file'})
  })

  it('should check control bytes before telling a file is not UTF-8', () => {
    const bytes = new Uint8Array([...utf8('\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f'), 0xff, 0xfe, 0x41])
    expect(decode(bytes)).toMatchObject({ok: false, code: 'binary-file'})
  })
})

describe('hasControlByte', () => {
  it('should answer as the control-character regex over the decoded text, on any well-formed UTF-8', () => {
    const control = fc.integer({min: 0, max: 0x1f}).map((code) => String.fromCharCode(code))
    const text = fc.array(fc.oneof(fc.string({unit: 'grapheme', maxLength: 20}), control), {maxLength: 30}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, fc.nat(7), (text, offset) => {
        const bytes = new Uint8Array(offset + Buffer.byteLength(text))
        bytes.set(utf8(text), offset)
        expect(hasControlByte(bytes.subarray(offset))).toBe(/[\0-\x08\x0e-\x1f]/.test(text))
      }),
      {numRuns: 3000}
    )
    for (let code = 0; code < 0x80; code++) expect(hasControlByte(utf8(`ab${String.fromCharCode(code)}ộ`))).toBe(code < 0x09 || (code > 0x0d && code < 0x20))
  })
})
