import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {TargetSchema} from '../src/schema.js'
import {formatVietnameseNumber, parseVietnameseNumber} from '../src/stages/parse-number.js'
import {parseTargets} from '../src/stages/parse-targets.js'
import {collapseWhiteSpace} from '../src/stages/white-space.js'

/** Words and marks of the genre, to build texts that reach deep into the parser. */
const PIECES = [
  'Tỷ lệ', 'hộ nghèo', 'giảm', 'còn', 'dưới', 'trên', 'tăng', 'đạt', 'khoảng', 'từ', 'đến', 'trở lên', 'ít nhất',
  'tối đa', 'không quá', 'Duy trì', 'phấn đấu', 'trong đó', 'và', 'năm', 'giai đoạn', 'số', 'lớp', 'trẻ em', 'tuổi',
  'tỷ đồng', 'triệu', 'nghìn', 'vạn', 'tỷ', 'đồng/người/năm', 'bác sỹ/1 vạn dân', 'bé trai/100 bé gái', 'ha', 'm²',
  'xã', 'phường, xã', 'thôn', 'lao động', 'người', 'USD', '%', '‰', '(', ')', '[', ']', ';', ',', '.', ':', '-', ' - ',
  '–', '÷', '/', '≥', '$\\geq', '\\text{m}$', '¹', '²', '\t', '\n', 'NQ-HĐND', 'COVID-19', '5G', 'trên 1ha'
]

const numberLike = fc.oneof(
  fc.integer({min: 0, max: 10_000_000}).map(String),
  fc.double({min: 0, max: 1e7, noNaN: true}).map(formatVietnameseNumber),
  fc.stringMatching(/^[0-9][0-9.,]{0,12}$/)
)

const genreText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), numberLike, fc.string({maxLength: 4})), {maxLength: 40})
  .map((parts) => parts.join(' '))

function expectValidTargets(text: string): void {
  const targets = parseTargets(text)
  for (const target of targets) {
    TargetSchema.parse(target)
    if (target.comparator === 'range') {
      expect(target.min).not.toBeNull()
      expect(target.max).not.toBeNull()
      expect(target.value).toBeNull()
    } else {
      expect(target.value).not.toBeNull()
    }
  }
}

/**
 * Best of three runs, in milliseconds of this process's CPU time: wall time would count the other
 * work of a busy machine.
 */
function timeParse(text: string): number {
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < 3; run++) {
    const started = process.cpuUsage()
    parseTargets(text)
    const used = process.cpuUsage(started)
    best = Math.min(best, (used.user + used.system) / 1000)
  }
  return best
}

/** A deterministic pseudo-random string over `alphabet`. */
function noise(length: number, alphabet: string, seed = 7): string {
  const chars: string[] = []
  let state = seed
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) % 2147483648
    chars.push(alphabet[(state >>> 16) % alphabet.length] ?? '0')
  }
  return chars.join('')
}

describe('Vietnamese numbers (properties)', () => {
  it('should give back any finite number after formatting it the Vietnamese way', () => {
    fc.assert(
      fc.property(fc.double({noNaN: true, noDefaultInfinity: true}), (value) => {
        const parsed = parseVietnameseNumber(formatVietnameseNumber(value))
        expect(parsed?.value).toBe(value === 0 ? 0 : value)
      }),
      {numRuns: 2000}
    )
  })

  it('should give back integers and two-decimal amounts, the common shapes of the genre', () => {
    fc.assert(
      fc.property(fc.integer({min: -1e12, max: 1e12}), fc.integer({min: 0, max: 99}), (whole, cents) => {
        const value = whole + Math.sign(whole || 1) * cents / 100
        expect(parseVietnameseNumber(formatVietnameseNumber(value))?.value).toBe(value === 0 ? 0 : value)
      })
    )
  })

  it('should never read a number from a text with letters', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(/\p{L}/u.test(text))
        expect(parseVietnameseNumber(text)).toBeNull()
      })
    )
  })
})

describe('parseTargets (properties)', () => {
  it('should never throw and always return schema-valid targets on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 200}), (text) => expectValidTargets(text)),
      {numRuns: 1000}
    )
  })

  it('should return schema-valid targets on texts made of the words and figures of the genre', () => {
    fc.assert(
      fc.property(genreText, (text) => expectValidTargets(text)),
      {numRuns: 2000}
    )
  })

  it('should return schema-valid targets on long runs of digits, dots, commas and parentheses', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9.,()\-/% ]{0,400}$/), (text) => expectValidTargets(text)),
      {numRuns: 500}
    )
  })

  it('should read every formatted figure followed by a unit back', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: 1e9}), fc.integer({min: 0, max: 9999}), fc.constantFrom('ha', 'tấn', 'lao động', '%'), (whole, fraction, unit) => {
        const value = whole + fraction / 10000
        const targets = parseTargets(`Chỉ tiêu đạt ${formatVietnameseNumber(value)} ${unit}`)
        expect(targets).toHaveLength(1)
        expect(targets[0]?.value).toBe(value)
        expect(targets[0]?.unit).toBe(unit)
      })
    )
  })

  it('should parse 1 MB of digits and separators in well under a second', () => {
    parseTargets('Tỷ lệ hộ nghèo giảm còn 1,8%') // warm up
    expect(timeParse(noise(1_000_000, '0123456789.,() -/;'))).toBeLessThan(1000)
    expect(timeParse(noise(1_000_000, '0123456789.,() -/;%'))).toBeLessThan(1000)
  })

  it('should stay linear on inputs built to defeat look-arounds', () => {
    // [repeated unit, tail]: each input is timed at n and 8n repeats; linear work grows 8 times,
    // quadratic work 64 times. The bound leaves room for a noisy machine, not for quadratic growth.
    const shapes: Array<[string, string]> = [
      ['1.', ''],
      ['1,2', ''],
      ['(', '1%'],
      ['9', ''],
      ['1-', ''],
      ['1/', ''],
      ['-', ' 1 2 3'],
      ['trên ', '5%'],
      ['Tỷ lệ ', 'đạt 5%']
    ]
    parseTargets('Tỷ lệ hộ nghèo giảm còn 1,8%') // warm up
    for (const [unit, tail] of shapes) {
      const small = unit.repeat(25_000) + tail
      const large = unit.repeat(200_000) + tail
      expectValidTargets(large)
      const ratio = timeParse(large) / Math.max(timeParse(small), 1)
      expect(ratio, `${JSON.stringify(unit)} x 200,000 against x 25,000`).toBeLessThan(24)
    }
  })
})

describe('collapseWhiteSpace', () => {
  const spaces = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\u200b', '\u3000', '\ufeff', '\u2028']
  it('is replace(/\\s+/g, " ").trim() on any text', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...spaces), fc.constantFrom('a', 'ệ', '1,5', '%'), fc.string({maxLength: 3})), {maxLength: 20})
    fc.assert(fc.property(text, (parts) => {
      const joined = parts.join('')
      expect(collapseWhiteSpace(joined)).toBe(joined.replace(/\s+/g, ' ').trim())
    }))
  })
})
