/**
 * Vietnamese-formatted numbers.
 *
 * Vietnamese writes "." between thousands and "," before decimals: 1.600 = 1600, 2.610,4 = 2610.4,
 * 388,295 = 388.295, "02" = 2. Some files use the English convention instead ("7.5%", "1,600"), often
 * mixed with the Vietnamese one in the same text. Most written figures can only be read one way:
 *
 *   - "2,45", "0,71", "12,7": a single comma followed by 1-2 (or 4+) digits cannot separate thousands;
 *   - "7.5", "0.125", "2023.5": a single dot that is not followed by exactly three digits (or follows a
 *     group that cannot open a thousands grouping) is a decimal point;
 *   - "1.234.567", "2.610,4" are Vietnamese; "1,234,567", "1,600.5" are English.
 *
 * Two shapes stay open: one dot or one comma followed by exactly three digits after a group of 1-3
 * digits ("1.600", "388,295"). Those take the Vietnamese reading unless the surrounding text settles the
 * question (see `SeparatorEvidence`); "1,600" with nothing to settle it is reported as ambiguous.
 */

export type SeparatorStyle = 'plain' | 'vi' | 'en'

export interface ParsedNumber {
  readonly value: number
  /** true when the figure could also be read with the other convention and the context did not settle it */
  readonly ambiguous: boolean
  /** convention used: 'plain' (digits only), 'vi' (. thousands, , decimal) or 'en' (, thousands, . decimal) */
  readonly style: SeparatorStyle
}

/** What the other figures of a text say about its separator convention. */
export interface SeparatorEvidence {
  /** a figure with a decimal comma that cannot be English ("2,45", "2.610,4") */
  readonly viDecimalComma: boolean
  /** a figure with dot-grouped thousands that cannot be English ("1.234.567", "2.610,4") */
  readonly viThousandsDot: boolean
  /** a figure with a decimal point that cannot be Vietnamese ("7.5", "1,600.5") */
  readonly enDecimalPoint: boolean
  /** a figure with comma-grouped thousands that cannot be Vietnamese ("1,234,567", "1,600.5") */
  readonly enThousandsComma: boolean
  /** a figure of the open shape "1.600" (read as Vietnamese thousands by default) */
  readonly dotThree: boolean
}

export const NO_EVIDENCE: SeparatorEvidence = {
  viDecimalComma: false,
  viThousandsDot: false,
  enDecimalPoint: false,
  enThousandsComma: false,
  dotThree: false
}

type Shape = 'plain' | 'vi-thousands' | 'vi-decimal' | 'vi-mixed' | 'en-thousands' | 'en-decimal' | 'en-mixed' | 'dot3' | 'comma3'

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57

function isPlainDigits(text: string): boolean {
  if (text.length === 0 || text.length > 300) return false
  for (let index = 0; index < text.length; index++) if (!isDigitCode(text.charCodeAt(index))) return false
  return true
}

/**
 * The shape of a written figure: digit groups with single "." or "," between them ("1.234,5"); null
 * when it has anything else, or an empty group ("1..2", ",5", "5,").
 *
 * Vietnamese shapes: "1.234.567" (thousands), "2,45" (decimal), "2.610,4" (mixed); English: "1,234,567",
 * "7.5", "1,600.5"; open: "1.600" (dot3), "388,295" (comma3). A thousands grouping opens with 1-3 digits
 * and no leading zero ("0.600" is a decimal) and goes on in groups of exactly three; in a mixed figure
 * the last separator is the decimal one and the others group thousands.
 */
function shapeOf(body: string): Shape | null {
  let dots = 0
  let commas = 0
  let last = 0 // the last separator's code
  let firstLength = -1 // length of the first group, once it is closed
  let middleAllThree = true // every group between the first and the last has three digits
  let groupStart = 0
  for (let index = 0; index < body.length; index++) {
    const code = body.charCodeAt(index)
    if (isDigitCode(code)) continue
    if (code !== 46 && code !== 44) return null // only "." and ","
    if (index === groupStart) return null // empty group: "1..2", ",5"
    if (firstLength < 0) firstLength = index
    else if (index - groupStart !== 3) middleAllThree = false
    if (code === 46) dots++
    else commas++
    last = code
    groupStart = index + 1
  }
  if (groupStart >= body.length) return null // empty or trailing separator
  if (firstLength < 0) return 'plain'
  const lastThree = body.length - groupStart === 3
  const opens = firstLength <= 3 && body.charCodeAt(0) !== 48 // 1-3 digits, not a leading zero
  if (dots > 0 && commas > 0) {
    if (last === 44 && commas === 1 && opens && middleAllThree) return 'vi-mixed'
    if (last === 46 && dots === 1 && opens && middleAllThree) return 'en-mixed'
    return null
  }
  if (dots > 1) return opens && middleAllThree && lastThree ? 'vi-thousands' : null
  if (dots === 1) return opens && lastThree ? 'dot3' : 'en-decimal'
  if (commas > 1) return opens && middleAllThree && lastThree ? 'en-thousands' : null
  return opens && lastThree ? 'comma3' : 'vi-decimal'
}

/** For tests: the shape of a written figure. */
export const shapeForTest = (body: string): string | null => shapeOf(body)

/** Exact powers of ten, for `readAsVietnamese`. */
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]

/**
 * `Number(body.replaceAll('.', '').replace(',', '.'))`. Up to 15 digits the digits are read as an integer
 * and divided by the power of ten of the decimals: both are exact, so the quotient is the correctly
 * rounded value, which is what `Number` gives; longer figures go through `Number`.
 */
function readAsVietnamese(body: string): number {
  let mantissa = 0
  let digits = 0
  let decimals = -1
  for (let index = 0; index < body.length; index++) {
    const code = body.charCodeAt(index)
    if (isDigitCode(code)) {
      mantissa = mantissa * 10 + (code - 48)
      digits++
      if (decimals >= 0) decimals++
    } else if (code === 44 && decimals < 0) decimals = 0
    else if (code !== 46) return readAsVietnameseByString(body)
  }
  if (digits > 15) return readAsVietnameseByString(body)
  return decimals > 0 ? mantissa / (POWERS_OF_TEN[decimals] ?? 1) : mantissa
}

const readAsVietnameseByString = (body: string): number => Number(body.replaceAll('.', '').replace(',', '.'))

/** For tests: `readAsVietnamese` and the string reading it replaces. */
export const readAsVietnameseForTest = (body: string): [number, number] => [readAsVietnamese(body), readAsVietnameseByString(body)]

const readAsEnglish = (body: string): number => Number(body.replaceAll(',', ''))

/**
 * Read one written figure ("1.600", "2.610,4", "02", "7.5") as a number; null when the text is not a
 * figure (letters, empty groups, separators that fit neither convention such as "1.2.3" or "1,2,3").
 * `evidence` is what the rest of the text says about its convention (see `collectSeparatorEvidence`).
 */
/** "3 500", "1 600,5", "27 850": a space (or a narrow/no-break space) as the thousands separator. */
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?=$|[.,]\d)/

export function parseVietnameseNumber(text: string, evidence: SeparatorEvidence = NO_EVIDENCE): ParsedNumber | null {
  if (isPlainDigits(text)) return {value: Number(text), ambiguous: false, style: 'plain'}
  let body = text.trim()
  if (SPACE_GROUPED.test(body)) {
    const grouped = SPACE_GROUPED.exec(body)?.[0] ?? ''
    const digits = grouped.replace(/[ \u00a0\u202f]/g, '')
    const rest = body.slice(grouped.length)
    // With the spaces read as thousands, a remaining "," or "." is the decimal mark.
    if (rest === '') return {value: Number(digits), ambiguous: false, style: 'vi'}
    const decimals = rest.slice(1)
    if (/^\d+$/.test(decimals)) return {value: Number(`${digits}.${decimals}`), ambiguous: false, style: 'vi'}
  }
  let sign = 1
  if (body.startsWith('-') || body.startsWith('−')) {
    sign = -1
    body = body.slice(1)
  }
  const shape = shapeOf(body)
  if (!shape) return null
  const reading = readShape(body, shape, evidence)
  if (!Number.isFinite(reading.value)) return null
  return {...reading, value: sign * reading.value}
}

/** Whether the evidence shows Vietnamese figures, and English ones. */
const vietnameseSeen = (evidence: SeparatorEvidence): boolean => evidence.viDecimalComma || evidence.viThousandsDot
const englishSeen = (evidence: SeparatorEvidence): boolean => evidence.enDecimalPoint || evidence.enThousandsComma

/** Only the open shapes ("dot3", "comma3") read the evidence (see `lazySeparatorEvidence`). */
function readShape(body: string, shape: Shape, given: SeparatorEvidence): ParsedNumber {
  const evidence = shape === 'dot3' || shape === 'comma3' ? gathered(given) : given
  switch (shape) {
    case 'plain':
      return {value: Number(body), ambiguous: false, style: 'plain'}
    case 'vi-thousands':
    case 'vi-decimal':
    case 'vi-mixed':
      return {value: readAsVietnamese(body), ambiguous: false, style: 'vi'}
    case 'en-thousands':
    case 'en-decimal':
    case 'en-mixed':
      return {value: readAsEnglish(body), ambiguous: false, style: 'en'}
    case 'dot3':
      // "1.600": Vietnamese thousands unless the text groups thousands with commas and never writes
      // Vietnamese; ambiguous when the text also writes English decimal points ("7.5%" next to "1.600").
      if (evidence.enThousandsComma && !vietnameseSeen(evidence)) return {value: readAsEnglish(body), ambiguous: false, style: 'en'}
      return {value: readAsVietnamese(body), ambiguous: englishSeen(evidence), style: 'vi'}
    case 'comma3': {
      // "388,295": a Vietnamese decimal comma unless the text is English throughout; settled either way
      // only when the text shows one convention (a "1.600" counts for Vietnamese).
      const vietnamese = vietnameseSeen(evidence)
      const english = englishSeen(evidence)
      if (english && !vietnamese && !evidence.dotThree) return {value: readAsEnglish(body), ambiguous: false, style: 'en'}
      return {
        value: readAsVietnamese(body),
        ambiguous: !(vietnamese || evidence.dotThree) || english,
        style: 'vi'
      }
    }
  }
}

/**
 * Gather what the figures of `text` say about its separator convention, ignoring heading numbers such as
 * "2.1." or "2.1)" that look like English decimals. Linear in the length of the text.
 */
export function collectSeparatorEvidence(text: string): SeparatorEvidence {
  let viDecimalComma = false
  let viThousandsDot = false
  let enDecimalPoint = false
  let enThousandsComma = false
  let dotThree = false
  // each figure: digits, then "." or "," with digits after them, as often as written (what the regex
  // /\d+(?:[.,]\d+)*/g finds; a figure without separators says nothing)
  const length = text.length
  let index = 0
  while (index < length) {
    if (!isDigitCode(text.charCodeAt(index))) {
      index++
      continue
    }
    const start = index
    let separated = false
    while (index < length) {
      const code = text.charCodeAt(index)
      if (isDigitCode(code)) index++
      else if ((code === 46 || code === 44) && isDigitCode(text.charCodeAt(index + 1))) {
        separated = true
        index += 2
      } else break
    }
    if (!separated) continue
    const glued = start > 0 && isLetterCode(text.charCodeAt(start - 1))
    const next = text[index]
    const heading = (next === '.' || next === ')') && !isDigitCode(text.charCodeAt(index + 1))
    if (glued || (heading && (next === ')' || isHeadingEnd(text, index + 1)))) continue
    const shape = shapeOf(text.slice(start, index))
    if (shape === 'vi-decimal') viDecimalComma = true
    else if (shape === 'vi-thousands') viThousandsDot = true
    else if (shape === 'vi-mixed') viDecimalComma = viThousandsDot = true
    else if (shape === 'en-decimal') enDecimalPoint = true
    else if (shape === 'en-thousands') enThousandsComma = true
    else if (shape === 'en-mixed') enDecimalPoint = enThousandsComma = true
    else if (shape === 'dot3') dotThree = true
  }
  return {viDecimalComma, viThousandsDot, enDecimalPoint, enThousandsComma, dotThree}
}

/** Evidence gathered from a text the first time a figure asks for it. */
class LazyEvidence implements SeparatorEvidence {
  // assigned in the constructor, not declared as class fields: a parse makes one, and field
  // initializers cost more than assignments
  private declare readonly text: string
  private declare gathered: SeparatorEvidence | null

  constructor(text: string) {
    this.text = text
    this.gathered = null
  }

  get evidence(): SeparatorEvidence {
    this.gathered ??= collectSeparatorEvidence(this.text)
    return this.gathered
  }

  get viDecimalComma(): boolean {
    return this.evidence.viDecimalComma
  }

  get viThousandsDot(): boolean {
    return this.evidence.viThousandsDot
  }

  get enDecimalPoint(): boolean {
    return this.evidence.enDecimalPoint
  }

  get enThousandsComma(): boolean {
    return this.evidence.enThousandsComma
  }

  get dotThree(): boolean {
    return this.evidence.dotThree
  }
}

/** The evidence itself: a lazy one gathered now, so that its fields are read without getters. */
const gathered = (evidence: SeparatorEvidence): SeparatorEvidence => (evidence instanceof LazyEvidence ? evidence.evidence : evidence)

/**
 * `collectSeparatorEvidence(text)`, gathered only when a figure reads it: only the open shapes ("1.600",
 * "388,295") depend on the evidence, and most texts have none.
 */
export function lazySeparatorEvidence(text: string): SeparatorEvidence {
  return new LazyEvidence(text)
}

/** "2.1. Về kinh tế": a "." after a dotted number, then a space and a capital or end of text. */
function isHeadingEnd(text: string, index: number): boolean {
  if (index >= text.length) return false
  if (text[index] !== ' ') return false
  const after = text[index + 1] ?? ''
  return after !== '' && after === after.toUpperCase() && after !== after.toLowerCase()
}

const LETTER = /\p{L}/u

/**
 * A letter (a figure right after one is part of a word: "H2O"). Not a sign or punctuation above ASCII:
 * "≥7.5%", "–1,5", "“2,5”" are figures.
 */
function isLetterCode(code: number): boolean {
  if (code < 0xc0) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  // Latin-1 letters but × and ÷, Latin Extended-A/B, and the Vietnamese letters of Latin Extended Additional
  if (code < 0x250) return code !== 0xd7 && code !== 0xf7
  if (code >= 0x1e00 && code <= 0x1eff) return true
  return LETTER.test(String.fromCharCode(code))
}

/** Digits of a non-negative finite number without exponent notation: [integer part, fraction part]. */
function expandDigits(value: number): [string, string] {
  const text = String(value)
  const exponentAt = text.indexOf('e')
  if (exponentAt === -1) {
    const [integer = '0', fraction = ''] = text.split('.')
    return [integer, fraction]
  }
  const exponent = Number(text.slice(exponentAt + 1))
  const [head = '0', tail = ''] = text.slice(0, exponentAt).split('.')
  const digits = head + tail
  const point = head.length + exponent // position of the decimal point within `digits`
  if (point <= 0) return ['0', '0'.repeat(-point) + digits]
  if (point >= digits.length) return [digits + '0'.repeat(point - digits.length), '']
  return [digits.slice(0, point), digits.slice(point)]
}

/**
 * Write a number the Vietnamese way: "." between thousands, "," before decimals (1600 -> "1.600",
 * 2610.4 -> "2.610,4", 0.07 -> "0,07"). Exact: parsing the result gives the number back.
 */
export function formatVietnameseNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot format ${value}`)
  const sign = value < 0 ? '-' : ''
  const [integer, fraction] = expandDigits(Math.abs(value))
  let grouped = ''
  for (let end = integer.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3)
    grouped = integer.slice(start, end) + (grouped === '' ? '' : '.' + grouped)
  }
  return sign + grouped + (fraction === '' ? '' : ',' + fraction)
}
