/**
 * Targets: the measurable figures of one indicator text.
 *
 * "Tỷ lệ hộ nghèo giảm còn dưới 1,8 %" -> {metric "Tỷ lệ hộ nghèo", comparator lt, direction decrease,
 * value 1.8, unit "%"}. The rules are those of the gold format (comparator words, direction where a
 * tăng/giảm verb governs the figure, units as written with their scale word); the word tables are in
 * ../vocabulary/comparators.ts, ../vocabulary/units.ts and ../vocabulary/figure-context.ts.
 *
 * How it works:
 *   1. clean: NFC, LaTeX remnants ("$\geq 7,5\text{m}$" -> "≥ 7,5m"), superscript footnote markers
 *      dropped ("m²" kept as "m2");
 *   2. tokenize into numbers (digits with inner "." and ","), words (letters and digits) and single
 *      punctuation characters (./target-tokens.ts, with the phrase tables matched against the tokens);
 *   3. structure: clauses end at ";", sentence stops and tabs (table cells); "," "và" " - " "trong đó" and
 *      "phấn đấu" separate parallel figures; parentheses are groups whose figures count only when the
 *      group states something ("(trong đó công nghiệp tăng 8,5%; …)"), not when it qualifies
 *      ("(… chiều rộng ≥ 7,5m)", "(giá SS 2010)");
 *   4. figures: a number with its unit, a range ("7,5-8%", "từ 2 đến 3 xã") or a ratio ("52/52 thôn").
 *      Dropped: years, dates, document numbers, labels ("lớp 1", "Điều 2"), scale ratios ("1/10.000"),
 *      identifiers ("QH14", "COVID-19", "5G"), parts of names ("Cổng Khánh 3"), bare numbers with no
 *      unit and no words before them, and qualifiers inside a measure's name: ages of a population
 *      ("trẻ em dưới 5 tuổi"), per-unit bases ("trên 1ha đất … đạt 245 triệu đồng"), dimensions
 *      ("chiều rộng ≥ 7,5m … đạt 80%") and the start of a change ("giảm từ 3% xuống 2%");
 *   5. targets: the words right before a figure give its comparator and direction, the noun phrase before
 *      them its metric; parallel clauses that share a verb share its direction ("giảm còn 9%; thể thấp còi
 *      còn 12,7%"); an aspirational restatement (", phấn đấu trên 8%") takes the previous measure.
 *
 * Every step looks at a bounded number of tokens around a figure, and the regions it reads do not
 * overlap, so a parse is linear in the length of the text; no regular expression can backtrack
 * super-linearly. Tokens are kept as parallel typed arrays to keep large inputs cheap.
 */
import type {Comparator, Direction, NormalizedQuantity, Target} from '../schema.js'
import {
  ASPIRATION_WORDS,
  COMPARATOR_SUFFIXES,
  COMPARATOR_WORDS,
  DIRECTION_NOUN_HEADS,
  DIRECTION_OPENER_BLOCKERS,
  DIRECTION_PARTICLES,
  DIRECTION_WORDS,
  FROM_WORDS,
  HOLD_WORDS,
  LINKING_WORDS,
  RANGE_CONNECTORS
} from '../vocabulary/comparators.js'
import {foldForMatch} from '../vocabulary/orthography.js'
import {
  COMPOUND_UNITS,
  NOT_UNIT_WORDS,
  SCALE_BLOCKERS,
  SCALE_WORDS,
  UNIT_WORDS,
  type UnitKind,
  type UnitWord
} from '../vocabulary/units.js'
import {
  ADJUSTMENT_TO_WORDS,
  CHANGE_TO_WORDS,
  DETAIL_WORDS,
  DIMENSION_WORDS,
  LABELS,
  METRIC_EDGE_WORDS,
  PER_UNIT_WORDS,
  POPULATION_NOUNS,
  QUALIFIER_SKIP,
  SOFT_WORDS,
  STATEMENT_WORDS,
  TIME_LABELS,
  TIME_PREPOSITIONS
} from '../vocabulary/figure-context.js'
import {lazySeparatorEvidence, NO_EVIDENCE, parseVietnameseNumber, type ParsedNumber, type SeparatorEvidence} from './parse-number.js'
import {
  buildKeySet,
  buildPhraseMap,
  buildPhraseSet,
  CASED_BIT,
  lookUpPhrase,
  matchBackward,
  matchForward,
  PUNCT,
  SHARED_COLUMNS_LIMIT,
  sealKeyTables,
  tokenize,
  type Tokens,
  type TrieNode,
  WORD
} from './target-tokens.js'

export interface ParseTargetsOptions {
  /** separator evidence gathered over the whole document; by default it is gathered from `text` alone */
  readonly evidence?: SeparatorEvidence
}

/** Flags a target may carry (`Target.flags`). */
export const TARGET_FLAGS = {
  /** a figure such as "1,600" that the other convention would read differently, left unsettled by the text */
  ambiguousSeparator: 'ambiguous-separator',
  /** a figure read with English separators ("7.5%", or "1,600" in a text that writes English throughout) */
  englishSeparator: 'english-separator',
  /** the unit is a word after the figure that is not in the unit tables */
  unitGuessed: 'unit-guessed',
  /** the direction comes from a parallel clause that shares the verb */
  directionCarried: 'direction-carried'
} as const



const UNITS = buildPhraseMap<UnitWord>(
  [...UNIT_WORDS, ...COMPOUND_UNITS].map((unit) => [unit.phrase, unit] as const),
  'forward'
)
const SCALES = new Map(SCALE_WORDS.map((scale) => [foldForMatch(scale.word), scale.factor]))
const SCALE_SET = buildKeySet(SCALES.keys())
const SCALE_BLOCKER_SET = new Set(SCALE_BLOCKERS.map(foldForMatch))
const NOT_UNIT_SET = new Set(NOT_UNIT_WORDS.map(foldForMatch))

type Modifier =
  | {readonly role: 'comparator'; readonly comparator: Comparator}
  | {readonly role: 'direction'; readonly direction: 'increase' | 'decrease'}
  | {readonly role: 'particle' | 'link' | 'hold' | 'aspiration' | 'from'}

const MODIFIERS = buildPhraseMap<Modifier>([
  ...ASPIRATION_WORDS.map((phrase) => [phrase, {role: 'aspiration'}] as const),
  ...HOLD_WORDS.map((phrase) => [phrase, {role: 'hold'}] as const),
  ...DIRECTION_WORDS.map((word) => [word.phrase, {role: 'direction', direction: word.direction}] as const),
  ...COMPARATOR_WORDS.map((word) => [word.phrase, {role: 'comparator', comparator: word.comparator}] as const),
  ...DIRECTION_PARTICLES.map((phrase) => [phrase, {role: 'particle'}] as const),
  ...FROM_WORDS.map((phrase) => [phrase, {role: 'from'}] as const),
  ...LINKING_WORDS.map((phrase) => [phrase, {role: 'link'}] as const)
], 'backward')

const SUFFIXES = buildPhraseMap<Comparator>(
  COMPARATOR_SUFFIXES.map((word) => [word.phrase, word.comparator] as const),
  'forward'
)
const RANGE_WORDS = new Set(RANGE_CONNECTORS.filter((connector) => /\p{L}/u.test(connector)).map(foldForMatch))
const RANGE_MARKS = new Set([...RANGE_CONNECTORS.filter((connector) => !/\p{L}/u.test(connector)), '~'])
const DASHES = new Set(['-', '–', '—', '−'])
const BULLETS = new Set(['-', '+', '*', '•', '–', '(', '['])

const TIME_LABEL_SET = buildPhraseSet(TIME_LABELS, 'backward')
const LABEL_SET = buildPhraseSet(LABELS, 'backward')
const POPULATION_SET = buildPhraseSet(POPULATION_NOUNS, 'backward')
const DIMENSION_SET = buildPhraseSet(DIMENSION_WORDS, 'backward')
const PER_UNIT_SET = buildPhraseSet(PER_UNIT_WORDS, 'both')
const DETAIL_SET = buildPhraseSet(DETAIL_WORDS, 'forward')
const STATEMENT_SET = buildPhraseSet(STATEMENT_WORDS, 'forward')
const ASPIRATION_SET = buildPhraseSet(ASPIRATION_WORDS, 'forward')
const HOLD_SET = buildPhraseSet(HOLD_WORDS, 'forward')
const NOUN_HEAD_SET = buildPhraseSet(DIRECTION_NOUN_HEADS, 'backward')
const METRIC_EDGE_SET = buildPhraseSet(METRIC_EDGE_WORDS, 'both')
const OPENERS = buildPhraseMap(
  DIRECTION_WORDS.filter((word) => word.phrase !== 'tăng trưởng').map((word) => [word.phrase, word.direction] as const),
  'forward'
)
const OPENER_BLOCKER_SET = new Set(DIRECTION_OPENER_BLOCKERS.map(foldForMatch))
const TIME_PREPOSITION_SET = buildKeySet(TIME_PREPOSITIONS)
const CHANGE_TO_SET = new Set(CHANGE_TO_WORDS.map(foldForMatch))
const ADJUSTMENT_TO_SET = new Set(ADJUSTMENT_TO_WORDS.map(foldForMatch))
const FROM_SET = new Set(FROM_WORDS.map(foldForMatch))
const QUALIFIER_SKIP_SET = buildKeySet(QUALIFIER_SKIP)
const SOFT_WORD_SET = buildKeySet(SOFT_WORDS)
/** Round bases of a "per" ratio: "trên 1 vạn dân", "/100 bé gái", "80/100 dân". */
const PER_BASES = new Set([1, 10, 100, 1000, 10000, 100000, 1000000])

// every phrase table is built: from here on, keys get their full bits
sealKeyTables()

// ---------------------------------------------------------------------------------------------------
// Cleaning
// ---------------------------------------------------------------------------------------------------

const LATEX_COMMANDS: Readonly<Record<string, string>> = {
  geq: '≥', ge: '≥', leq: '≤', le: '≤', gt: '>', lt: '<', times: '×', div: '÷', sim: '~', approx: '≈', pm: '±'
}

/** Undo the LaTeX some converters leave around figures: "$\geq 7,5\text{m}$" -> "≥ 7,5m". */
function stripLatex(text: string): string {
  return text
    .replace(/\\(?:text|mathrm|textrm|mbox|operatorname)\{([^{}\\]*)\}/g, '$1')
    .replace(/\\%/g, '%')
    .replace(/\\([a-zA-Z]+)/g, (_match, name: string) => {
      const symbol = LATEX_COMMANDS[name]
      return symbol === undefined ? '' : ` ${symbol} `
    })
    .replace(/\\[,;:! ]/g, ' ')
    .replace(/[${}]/g, '')
}

const SUPERSCRIPTS = /[\u00b9\u00b2\u00b3\u2070-\u2079]/g
const HAS_SUPERSCRIPT = /[\u00b9\u00b2\u00b3\u2070-\u2079]/

/** "m2/người" -> "m²/người": the exponent as the source wrote it (only called when it did). */
function respellPowers(unit: string): string {
  return unit.replace(/(?<!\p{L})(k?m|dm|cm)([23])(?!\d)/gu, (_match, base: string, power: string) => base + (power === '2' ? '²' : '³'))
}


/** NFC, LaTeX remnants undone, "m²"/"km²"/"m³" spelled "m2"/"km2"/"m3", footnote superscripts dropped. */
function cleanText(text: string): string {
  let clean = text.normalize('NFC')
  if (clean.includes('\\') || clean.includes('$')) clean = stripLatex(clean)
  if (!HAS_SUPERSCRIPT.test(clean)) return clean
  clean = clean.replace(/(?<!\p{L})(k?m|dm|cm)([²³])/gu, (_match, unit: string, power: string) => unit + (power === '²' ? '2' : '3'))
  return clean.replace(SUPERSCRIPTS, '')
}

// ---------------------------------------------------------------------------------------------------
// Structure
// ---------------------------------------------------------------------------------------------------

/** Marks of a token in `Structure.marks`. */
const HARD = 1
const SOFT = 2
const ASPIRATION = 4
/** for a "(" token: its figures count */
const COUNTABLE = 8

/**
 * Growable columns for the structure of a text, reused from parse to parse like `TokenColumns`. Every
 * entry below the token count is written by `analyse` before it is read.
 */
class StructureColumns {
  match = new Int32Array(64)
  group = new Int32Array(64)
  clause = new Int32Array(64)
  marks = new Uint8Array(64)

  ensure(count: number): void {
    if (count <= this.match.length) return
    let size = this.match.length
    while (size < count) size *= 2
    this.match = new Int32Array(size)
    this.group = new Int32Array(size)
    this.clause = new Int32Array(size)
    this.marks = new Uint8Array(size)
  }
}

const SHARED_STRUCTURE_COLUMNS = new StructureColumns()

class Structure {
  /** index of the matching bracket, -1 if none */
  private readonly matches: Int32Array
  /** index of the innermost enclosing "(" or "[", -1 at top level */
  private readonly groups: Int32Array
  /** clause number: changes at each hard boundary */
  private readonly clauses: Int32Array
  /** HARD, SOFT, ASPIRATION, COUNTABLE */
  private readonly marks: Uint8Array

  constructor(
    readonly count: number,
    columns: StructureColumns
  ) {
    this.matches = columns.match
    this.groups = columns.group
    this.clauses = columns.clause
    this.marks = columns.marks
  }

  match(index: number): number {
    return index >= 0 && index < this.count ? (this.matches[index] ?? -1) : -1
  }

  group(index: number): number {
    return index >= 0 && index < this.count ? (this.groups[index] ?? -1) : -1
  }

  clause(index: number): number {
    return index >= 0 && index < this.count ? (this.clauses[index] ?? 0) : -1
  }

  /** HARD, SOFT, ASPIRATION, COUNTABLE of a token; 0 out of range */
  marksOf(index: number): number {
    return index >= 0 && index < this.count ? (this.marks[index] ?? 0) : 0
  }

  private mark(index: number, mark: number): boolean {
    return (this.marksOf(index) & mark) !== 0
  }

  /** ";", a sentence stop, a tab */
  hard(index: number): boolean {
    return this.mark(index, HARD)
  }

  /** ",", "và", " - ", "trong đó", "phấn đấu" */
  soft(index: number): boolean {
    return this.mark(index, SOFT)
  }

  aspiration(index: number): boolean {
    return this.mark(index, ASPIRATION)
  }

  /** for a "(" token: whether its figures count */
  countable(index: number): boolean {
    return this.mark(index, COUNTABLE)
  }
}

/** Key bits of the words that open the phrases `analyse` looks for. */
const STRUCTURE_PHRASE_BITS = DETAIL_SET.firstBit | ASPIRATION_SET.firstBit | STATEMENT_SET.firstBit

function analyse(tokens: Tokens, columns: StructureColumns = new StructureColumns()): Structure {
  const count = tokens.count
  columns.ensure(count)
  // Columns are written one entry per token, at the current token or an earlier one (a bracket's
  // match); phrases that mark the tokens ahead ("trong đó") do it through `softUntil`.
  const {match, group, clause, marks} = columns
  const stack: number[] = []
  let clauseNumber = 0
  let softUntil = 0
  let aspirationUntil = 0
  for (let index = 0; index < count; index++) {
    const open = stack.length > 0 ? (stack[stack.length - 1] ?? -1) : -1
    match[index] = -1
    group[index] = open
    let mark = (index < softUntil ? SOFT : 0) | (index < aspirationUntil ? ASPIRATION : 0)
    const kind = tokens.kind(index)
    if (kind === PUNCT) {
      const key = tokens.key(index)
      if (key === '(' || key === '[') stack.push(index)
      else if (key === ')' || key === ']') {
        if (open >= 0 && (tokens.key(open) === '(') === (key === ')')) {
          stack.pop()
          match[open] = index
          match[index] = open
          group[index] = group[open] ?? -1
        }
      } else if (key === ';' || key === '!' || key === '?' || key === '…' || key === '\t') mark |= HARD
      else if (key === '.') {
        if (tokens.space(index + 1)) mark |= HARD
      } else if (key === ',') mark |= SOFT
      else if (DASHES.has(key) && tokens.space(index) && tokens.space(index + 1)) mark |= SOFT
    } else if (kind === WORD) {
      const bits = tokens.bits(index)
      if (bits & SOFT_WORD_SET.bit) mark |= SOFT
      // Most words open none of the phrases below: their key bits rule out all three.
      if ((bits & STRUCTURE_PHRASE_BITS) !== 0) {
        const detail = matchForward(tokens, index, DETAIL_SET)
        const aspire = matchForward(tokens, index, ASPIRATION_SET)
        if (detail > 0 || aspire > 0) mark |= SOFT
        if (aspire > 0) mark |= ASPIRATION
        softUntil = Math.max(softUntil, index + detail, index + aspire)
        aspirationUntil = Math.max(aspirationUntil, index + aspire)
        // a parenthesis counts when it states something at its own level ("(trong đó … tăng 8,5%)")
        if (open >= 0 && tokens.key(open) === '(' && matchForward(tokens, index, STATEMENT_SET) > 0) marks[open] = (marks[open] ?? 0) | COUNTABLE
      }
    }
    marks[index] = mark
    if (mark & HARD) clauseNumber++
    clause[index] = clauseNumber
  }
  // an unclosed "(" counts: its text runs to the end, nothing to lose; square brackets ("[1]") never do
  for (const open of stack) if (tokens.key(open) === '(') marks[open] = (marks[open] ?? 0) | COUNTABLE
  return new Structure(count, columns)
}

// ---------------------------------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------------------------------

interface UnitMatch {
  /** first and last token of the unit (inclusive) */
  readonly start: number
  readonly end: number
  /** product of the scale words ("nghìn tỷ" = 10¹²) */
  readonly factor: number
  /** the unit once the scale is applied, for `normalized.unit`: "đồng/người/năm", "%", "lao động" */
  readonly base: string
  readonly kind: UnitKind
  readonly guessed: boolean
  /** the "/…" part, to share with a coordinated figure ("9,3 bác sỹ và 31 giường bệnh/1 vạn dân") */
  readonly per: string | null
}

/** `matchUnit` result when letters glued to the figure are not a unit: the figure is part of a name ("5G"). */
const IDENTIFIER = 'identifier'

type UnitResult = UnitMatch | typeof IDENTIFIER | null

function findLongestUnit(tokens: Tokens, index: number): {end: number; unit: UnitWord} | null {
  // numbers are read by their text, other tokens by their key, whose bit says whether a unit opens with it
  if (!tokens.isNum(index) && !tokens.hasBit(index, UNITS.firstBit)) return null
  let node: TrieNode<UnitWord> | undefined = UNITS.forward
  let end = -1
  let unit: UnitWord | undefined
  for (let at = index; at < tokens.count && node; at++) {
    node = node.next.get(tokens.isNum(at) ? tokens.text(at) : tokens.key(at))
    if (node?.value) {
      end = at
      unit = node.value
    }
  }
  return unit === undefined ? null : {end, unit}
}

/** `tokens.span(from, to).toLowerCase()`, without the copy when no token has a capital. */
function readLowerSpan(tokens: Tokens, from: number, to: number): string {
  const span = tokens.span(from, to)
  for (let at = from; at <= to; at++) if (tokens.hasBit(at, CASED_BIT)) return span.toLowerCase()
  return span
}

/** Is the word a plausible unit we do not know ("8 điểm", "5.000 gốc")? Lower case, not a function word. */
function isGuessableUnit(tokens: Tokens, index: number): boolean {
  const key = tokens.key(index)
  return tokens.isWord(index) && !NOT_UNIT_SET.has(key) && !tokens.hasBit(index, SCALE_SET.bit) && !tokens.startsUpper(index)
}

const isScaleAt = (tokens: Tokens, index: number): boolean =>
  tokens.isWord(index) && tokens.hasBit(index, SCALE_SET.bit) && !SCALE_BLOCKER_SET.has(tokens.key(index + 1))

/** Read the unit that starts at token `index`, right after a figure. */
function matchUnit(tokens: Tokens, index: number): UnitResult {
  if (index >= tokens.count || tokens.isNum(index)) return null
  const glued = tokens.isWord(index) && !tokens.space(index)
  let at = index
  let factor = 1
  for (let count = 0; count < 3 && isScaleAt(tokens, at); count++) factor *= SCALES.get(tokens.key(at++)) ?? 1
  const found = findLongestUnit(tokens, at)
  // letters glued to the figure must be a unit ("7,5m", "1ha"), else the figure is part of a name ("5G")
  if (glued && at === index && !found) return IDENTIFIER
  if (!found) {
    // a scale word alone: "22 - 23 triệu" (a count)
    if (at > index) return {start: index, end: at - 1, factor, base: '', kind: 'count', guessed: false, per: null}
    if (!isGuessableUnit(tokens, index)) return null
    return {start: index, end: index, factor, base: tokens.key(index), kind: 'count', guessed: true, per: null}
  }
  const unit = found.unit
  let end = found.end
  factor *= unit.factor ?? 1
  let base = unit.canonical ?? readLowerSpan(tokens, at, end)
  if (unit.kind === 'admin') {
    // "phường, xã", "thôn, tổ dân phố": a list of administrative units is one unit
    while (tokens.isPunct(end + 1, ',')) {
      const more = findLongestUnit(tokens, end + 2)
      if (!more || more.unit.kind !== 'admin') break
      end = more.end
    }
    base = readLowerSpan(tokens, at, end)
  }
  // "/người/năm", "/1 vạn dân", "/100 bé gái", "/ha": ratios after the unit
  let perStart = -1
  for (let count = 0; count < 3 && tokens.isPunct(end + 1, '/'); count++) {
    let next = end + 2
    if (tokens.isNum(next)) {
      const value = readNumber(tokens, next, NO_EVIDENCE)
      if (!value || !PER_BASES.has(value.value)) break
      next++
    }
    while (isScaleAt(tokens, next)) next++
    const more = findLongestUnit(tokens, next)
    const moreEnd = more ? more.end : isGuessableUnit(tokens, next) ? next : -1
    if (moreEnd < 0) break
    if (perStart < 0) perStart = end + 1
    end = moreEnd
  }
  if (perStart >= 0) base += readLowerSpan(tokens, perStart, end).replace(/ ?\/ ?/g, '/')
  const slash = base.indexOf('/')
  return {start: index, end, factor, base, kind: unit.kind, guessed: false, per: slash >= 0 ? base.slice(slash) : null}
}

/** A unit that tells a count or a measure (not a time span, not a guess). */
const isRealUnit = (unit: UnitResult): unit is UnitMatch =>
  unit !== null && unit !== IDENTIFIER && !unit.guessed && unit.kind !== 'time'

/** A unit a year number can be a quantity of ("2000 lao động"), unlike "2026 - 2028 tỉnh …". */
const isMeasureUnit = (unit: UnitResult): unit is UnitMatch => isRealUnit(unit) && unit.kind !== 'admin'

// ---------------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------------

/** A figure of the text and, once read, what governs it. */
interface Figure {
  /** first token (the number, or the first number of a range) */
  readonly first: number
  /** last token read (unit, "trở lên") */
  last: number
  readonly value: number | null
  readonly min: number | null
  readonly max: number | null
  denominator: number | null
  unit: UnitMatch | null
  /** unit as written (may add a shared "/…" part) */
  unitText: string | null
  suffix: Comparator | null
  readonly readings: readonly ParsedNumber[]
  /** the start of a change "từ 3% xuống 2%": read over, not a target */
  baseline: boolean
  qualifier: boolean
  // --- filled by `readModifiers` and `readRegion`
  /** first token of the words that govern the figure (comparators, verb, linking words) */
  modStart: number
  /** comparators met walking back from the figure, nearest first */
  comparators: Comparator[]
  direction: Direction
  /** "còn", "xuống", "lên" without a verb: the clause may share the previous verb */
  particle: boolean
  /** "Duy trì …": no direction, none inherited */
  hold: boolean
  aspiration: boolean
  /** the metric region: tokens [regionStart, modStart) */
  regionStart: number
  /** nothing separates the figure from the previous one: "đạt 2.662,6 tỷ đồng tăng 3%" */
  continuation: boolean
}

interface Reader {
  readonly tokens: Tokens
  readonly structure: Structure
  readonly evidence: SeparatorEvidence
  /** index of the first token that is not a bullet or an opening bracket */
  readonly leading: number
  /** where `readFigure` resumes */
  next: number
}

/** The number token at `index` read as `parseVietnameseNumber` reads its text; plain digits without the slice. */
function readNumber(tokens: Tokens, index: number, evidence: SeparatorEvidence): ParsedNumber | null {
  const plain = tokens.plainValue(index)
  return plain >= 0 ? {value: plain, ambiguous: false, style: 'plain'} : parseVietnameseNumber(tokens.text(index), evidence)
}

/** A figure of four digits from 1900 to 2100 (not "1.900"). */
const isYearLike = (tokens: Tokens, index: number): boolean => {
  if (tokens.end(index) - tokens.start(index) !== 4) return false
  const year = tokens.plainValue(index)
  return year >= 1900 && year <= 2100
}

function createFigure(
  tokens: Tokens,
  first: number,
  last: number,
  value: number | null,
  min: number | null,
  max: number | null,
  unit: UnitMatch | null,
  readings: readonly ParsedNumber[]
): Figure {
  return {
    first,
    last,
    value,
    min,
    max,
    denominator: null,
    unit,
    unitText: unit ? tokens.span(unit.start, unit.end) : null,
    suffix: null,
    readings,
    baseline: false,
    qualifier: false,
    modStart: first,
    comparators: [],
    direction: null,
    particle: false,
    hold: false,
    aspiration: false,
    regionStart: first,
    continuation: false
  }
}

function findFigures(reader: Reader): Figure[] {
  const {tokens} = reader
  const figures: Figure[] = []
  let index = 0
  while (index < tokens.count) {
    if (!tokens.isNum(index)) {
      index++
      continue
    }
    reader.next = index + 1
    const figure = readFigure(reader, index)
    if (figure) figures.push(figure)
    index = Math.max(index + 1, reader.next)
  }
  return figures
}

/** Read the figure whose first number is token `index`; null if it is not a target. Sets `reader.next`. */
function readFigure(reader: Reader, index: number): Figure | null {
  const {tokens, structure, evidence} = reader
  const group = structure.group(index)
  if (group >= 0 && !structure.countable(group)) return null

  // identifiers: "COVID-19", "QH-14"
  const previous = index - 1
  if (!tokens.space(index) && tokens.isPunct(previous) && '-/._'.includes(tokens.key(previous)) && !tokens.space(previous) && tokens.isWord(index - 2)) {
    return null
  }
  // a label number opening the text: "1. …", "2.1) …"
  if (index === reader.leading && (tokens.isPunct(index + 1, '.') || tokens.isPunct(index + 1, ')')) && !tokens.space(index + 1)) {
    reader.next = index + 2
    return null
  }

  // slash sequences: "52/52 thôn" (ratio), "27/01/2025" (date), "98/2020/NQ-HĐND", "53/TTr-CP" (document numbers)
  let last = index
  let parts = 1
  while (tokens.isPunct(last + 1, '/') && !tokens.space(last + 1) && tokens.isNum(last + 2) && !tokens.space(last + 2)) {
    last += 2
    parts++
  }
  reader.next = last + 1
  const mark = tokens.key(last + 1)
  if (tokens.isPunct(last + 1) && (mark === '/' || DASHES.has(mark)) && !tokens.space(last + 1)) {
    if (tokens.isWord(last + 2) && !tokens.space(last + 2) && (mark === '/' || tokens.startsUpper(last + 2))) {
      reader.next = last + 3
      return null
    }
  }
  if (parts >= 3) return null

  const first = tokens.end(index) - tokens.start(index) > 40 ? null : readNumber(tokens, index, evidence)
  if (!first) return null
  const timeLabel = matchBackward(tokens, index - 1, TIME_LABEL_SET) > 0

  if (parts === 2) {
    const denominator = readNumber(tokens, last, evidence)
    const unit = matchUnit(tokens, last + 1)
    if (!denominator || !isRealUnit(unit) || timeLabel) return null
    const figure = createFigure(tokens, index, unit.end, first.value, null, null, unit, [first, denominator])
    figure.denominator = denominator.value
    return finishFigure(reader, figure)
  }

  // a number, maybe the first end of a range
  const unitA = matchUnit(tokens, index + 1)
  if (unitA === IDENTIFIER) {
    reader.next = index + 2
    return null
  }
  const afterA = unitA ? unitA.end + 1 : index + 1
  // labels: "lớp 1", "Điều 2", "Nghị quyết số 98", "tháng 6-8"; not "tổng số 500 lao động"
  const label = matchBackward(tokens, index - 1, LABEL_SET)
  const labelled = timeLabel || (label > 0 && !(label === 1 && tokens.key(index - 1) === 'số' && tokens.key(index - 2) === 'tổng'))
  const range = readRangeEnd(reader, index, first, unitA, afterA)
  if (range) {
    const unit = range.unit ?? unitA
    if (!isRealUnit(unit) && (labelled || !hasWordsBefore(reader, index))) {
      reader.next = range.endToken + 1
      return null
    }
    const figure = createFigure(tokens, index, range.unit ? range.unit.end : range.endToken, null, first.value, range.value.value, unit, [first, range.value])
    if (!range.unit && unitA) figure.unitText = tokens.span(unitA.start, unitA.end)
    return finishFigure(reader, figure)
  }

  // years and year ranges: "năm 2024", "2021-2025", "(giá SS 2010)", "2026 - 2028 tỉnh"
  const connector = tokens.key(afterA)
  const yearRange = (RANGE_WORDS.has(connector) || RANGE_MARKS.has(connector)) && isYearLike(tokens, afterA + 1)
  if ((isYearLike(tokens, index) && (!isMeasureUnit(unitA) || timeLabel)) || (timeLabel && !isRealUnit(unitA))) {
    reader.next = yearRange ? afterA + 2 : index + 1
    return null
  }

  if (labelled && !isRealUnit(unitA)) return null
  if (!unitA && (isHeadingNumber(reader, index) || isNamePart(tokens, index) || !hasWordsBefore(reader, index))) return null

  return finishFigure(reader, createFigure(tokens, index, unitA ? unitA.end : index, first.value, null, null, unitA, [first]))
}

/** "3. 6. Tiếp tục …", "2) Tỷ lệ …": a number opening a clause, followed by "." or ")" and a capital. */
function isHeadingNumber(reader: Reader, index: number): boolean {
  const {tokens, structure} = reader
  if (tokens.space(index + 1) || !(tokens.isPunct(index + 1, '.') || tokens.isPunct(index + 1, ')'))) return false
  const next = index + 2
  if (next < tokens.count && !tokens.isNum(next) && !(tokens.space(next) && tokens.startsUpper(next))) return false
  let before = index - 1
  while (before >= 0 && tokens.isPunct(before) && !structure.hard(before) && BULLETS.has(tokens.key(before))) before--
  return before < 0 || structure.hard(before) || (tokens.isNum(before) && tokens.isPunct(before + 1, '.'))
}

/** "Cụm công nghiệp Cổng Khánh 3", "giống lúa SV 181", "ISO 9001": a bare number that ends a proper name. */
function isNamePart(tokens: Tokens, index: number): boolean {
  const name = index - 1
  if (!tokens.space(index) || !tokens.startsUpper(name)) return false
  const text = tokens.text(name)
  return (text.length >= 2 && text === text.toUpperCase()) || tokens.isWord(name - 1)
}

/** A bare number needs words before it in its clause to say what it measures ("1 1 1" says nothing). */
function hasWordsBefore(reader: Reader, index: number): boolean {
  const {tokens, structure} = reader
  for (let at = index - 1; at >= 0 && at >= index - 6; at--) {
    if (structure.hard(at)) return false
    if (tokens.isWord(at)) return true
  }
  return false
}

/** Index of the first token that is not a bullet or an opening bracket. */
function findLeadingIndex(tokens: Tokens): number {
  let index = 0
  while (index < tokens.count && tokens.isPunct(index) && BULLETS.has(tokens.key(index))) index++
  return index
}

function readRangeEnd(
  reader: Reader,
  index: number,
  first: ParsedNumber,
  unitA: UnitMatch | null,
  at: number
): {value: ParsedNumber; unit: UnitMatch | null; endToken: number} | null {
  const {tokens, evidence} = reader
  const second = at + 1
  if (!tokens.isNum(second)) return null
  const connector = tokens.key(at)
  const isMark = tokens.isPunct(at) && RANGE_MARKS.has(connector)
  const isWord = tokens.isWord(at) && RANGE_WORDS.has(connector)
  if (!isMark && !isWord) return null
  if (tokens.isPunct(second + 1, '/') && !tokens.space(second + 1)) return null // "15-20/10": dates
  const value = readNumber(tokens, second, evidence)
  if (!value || value.value <= first.value) return null
  const unitB = matchUnit(tokens, second + 1)
  if (unitB === IDENTIFIER) return null
  const years = isYearLike(tokens, index) || isYearLike(tokens, second)
  if (years && !isMeasureUnit(unitB) && !isMeasureUnit(unitA)) return null
  if (unitA && unitB && unitA.base !== unitB.base) return null
  if (unitA && !unitB && isWord) return null
  return {value, unit: unitB, endToken: unitB ? unitB.end : second}
}

/** The most tokens (words and commas) between a percent and a "trở lên" after the share's population. */
const POPULATION_WORDS_MAX = 6

/** Read what follows the unit: a "per" base ("80 trên 100 dân"), "trở lên"/"trở xuống", a change "từ X xuống Y". */
function finishFigure(reader: Reader, figure: Figure): Figure {
  const {tokens, evidence} = reader
  // "giường bệnh trên 1 vạn dân", "người dùng 80 trên 100 dân"
  const perWord = matchForward(tokens, figure.last + 1, PER_UNIT_SET)
  if (perWord > 0 && figure.unit?.kind !== 'percent') {
    const baseToken = figure.last + 1 + perWord
    const base = tokens.isNum(baseToken) ? readNumber(tokens, baseToken, evidence) : null
    if (base && PER_BASES.has(base.value)) {
      const unit = matchUnit(tokens, baseToken + 1)
      if (isRealUnit(unit) && unit.kind !== 'percent') {
        if (figure.unit === null && figure.denominator === null) {
          figure.denominator = base.value
          figure.unit = unit
          figure.unitText = tokens.span(unit.start, unit.end)
        } else if (figure.unit !== null) {
          figure.unit = {...figure.unit, base: `${figure.unit.base} ${readLowerSpan(tokens, figure.last + 1, unit.end)}`, per: null}
          figure.unitText = tokens.span(figure.unit.start, unit.end)
        }
        figure.last = unit.end
      }
    }
  }
  let suffixAt = figure.last + 1
  // "85% xã, thị trấn trở lên": a share's population between the percent and "trở lên" (a few words, no figure).
  if (figure.unit?.kind === 'percent' && !tokens.hasBit(suffixAt, SUFFIXES.firstBit)) {
    let at = suffixAt
    while (at < suffixAt + POPULATION_WORDS_MAX && (tokens.isWord(at) || tokens.isPunct(at, ',')) && !tokens.hasBit(at, SUFFIXES.firstBit)) at++
    if (at > suffixAt && tokens.isWord(at - 1) && tokens.hasBit(at, SUFFIXES.firstBit)) suffixAt = at
  }
  let node: TrieNode<Comparator> | undefined = tokens.hasBit(suffixAt, SUFFIXES.firstBit) ? SUFFIXES.forward : undefined
  for (let at = suffixAt; at < tokens.count && node; at++) {
    node = node.next.get(tokens.key(at))
    if (node?.value) {
      figure.suffix = node.value
      figure.last = at
      break
    }
  }
  // "từ 3% xuống 2%": the first figure is where the change starts
  if (tokens.key(figure.first - 1) === 'từ' && figure.min === null && CHANGE_TO_SET.has(tokens.key(figure.last + 1))) {
    if (tokens.isNum(figure.last + 2) || tokens.isNum(figure.last + 3)) figure.baseline = true
  } else if (isAdjustedFrom(tokens, figure)) figure.baseline = true
  reader.next = Math.max(reader.next, figure.last + 1)
  return figure
}

/** The most words between "từ" and the old figure, and between "lên"/"xuống" and the new one. */
const ADJUSTMENT_WORDS_MAX = 3

/**
 * An adjustment's old figure, with its own wording on both sides: "điều chỉnh từ tăng 10% lên tăng 15%",
 * "từ dưới 4% lên khoảng 4,5 - 5%", "từ giảm còn 10,5% xuống giảm còn dưới 10%". "từ" stands a few
 * words before the figure, "lên" or "xuống" right after it, and the new figure a few words after that.
 */
function isAdjustedFrom(tokens: Tokens, figure: Figure): boolean {
  if (!ADJUSTMENT_TO_SET.has(tokens.key(figure.last + 1))) return false
  let from = -1
  for (let at = figure.first - 1; at >= Math.max(0, figure.first - 1 - ADJUSTMENT_WORDS_MAX); at--) {
    if (!tokens.isWord(at)) return false
    if (FROM_SET.has(tokens.key(at))) {
      from = at
      break
    }
  }
  if (from < 0) return false
  for (let at = figure.last + 2; at <= figure.last + 2 + ADJUSTMENT_WORDS_MAX && at < tokens.count; at++) {
    if (tokens.isNum(at)) return true
    if (!tokens.isWord(at)) return false
  }
  return false
}

// ---------------------------------------------------------------------------------------------------
// Qualifiers
// ---------------------------------------------------------------------------------------------------

function markQualifiers(reader: Reader, figures: readonly Figure[]): void {
  const {tokens, structure} = reader
  for (let index = 0; index < figures.length; index++) {
    const figure = figures[index]
    if (!figure?.unit) continue
    const next = figures[index + 1]
    const laterInClause = next !== undefined && structure.clause(next.first) === structure.clause(figure.first)
    let before = figure.first - 1
    for (let skipped = 0; skipped < 3 && tokens.hasBit(before, QUALIFIER_SKIP_SET.bit); skipped++) before--
    const kind = figure.unit.kind
    if (kind === 'age' && matchBackward(tokens, before, POPULATION_SET) > 0) figure.qualifier = true
    else if (kind === 'length' && laterInClause && hasDimensionBefore(tokens, before)) figure.qualifier = true
    else if (figure.value === 1 && kind !== 'percent' && laterInClause && matchBackward(tokens, figure.first - 1, PER_UNIT_SET) > 0) {
      figure.qualifier = true
    }
  }
}

/** A dimension word among the few words before `index`: "chiều rộng mặt đường ≥ 5m". */
function hasDimensionBefore(tokens: Tokens, index: number): boolean {
  for (let at = index; at >= 0 && at > index - 4; at--) {
    if (!tokens.isWord(at)) return false
    if (matchBackward(tokens, at, DIMENSION_SET) > 0) return true
  }
  return false
}

/** "9,3 bác sỹ và 31 giường bệnh/1 vạn dân": the "/1 vạn dân" applies to both. */
function shareRatios(reader: Reader, figures: readonly Figure[]): void {
  const {structure} = reader
  for (let index = 0; index + 1 < figures.length; index++) {
    const figure = figures[index]
    const next = figures[index + 1]
    if (!figure?.unit || !next?.unit?.per || figure.unit.per || figure.unit.guessed) continue
    if (next.first !== figure.last + 2 || !structure.soft(figure.last + 1)) continue
    const counted = (kind: UnitKind): boolean => kind === 'people' || kind === 'count'
    if (!counted(figure.unit.kind) || !counted(next.unit.kind)) continue
    figure.unit = {...figure.unit, base: figure.unit.base + next.unit.per, per: next.unit.per}
    figure.unitText = `${figure.unitText ?? ''}${next.unit.per}`
  }
}

// ---------------------------------------------------------------------------------------------------
// Reading a figure: governing words and metric region
// ---------------------------------------------------------------------------------------------------

/** Walk back from the figure through the words that govern it (at most 12 tokens). */
function readModifiers(reader: Reader, figure: Figure, baselineByLast: ReadonlyMap<number, Figure> | null): void {
  const {tokens, structure} = reader
  let at = figure.first - 1
  let modStart = figure.first
  for (let steps = 0; steps < 12 && at >= 0; steps++) {
    const baseline = baselineByLast?.get(at)
    if (baseline) {
      // "giảm từ 3,5% xuống còn 2,5%": read over the starting figure and its "từ"
      modStart = baseline.first - 1
      at = baseline.first - 2
      continue
    }
    if (structure.hard(at)) break
    const length = matchBackward(tokens, at, MODIFIERS)
    if (length === 0) break
    const modifier = lookUpPhrase(tokens, at, length, MODIFIERS)
    if (!modifier) break
    const start = at - length + 1
    if (modifier.role === 'direction') {
      if (matchBackward(tokens, start - 1, NOUN_HEAD_SET) > 0) break // "tốc độ tăng 8%": the rate itself
      figure.direction = modifier.direction
      modStart = start
      break
    }
    if (modifier.role === 'comparator') figure.comparators.push(modifier.comparator)
    else if (modifier.role === 'particle') figure.particle = true
    else if (modifier.role === 'hold') figure.hold = true
    else if (modifier.role === 'aspiration') figure.aspiration = true
    else if (modifier.role === 'from' && figure.min === null) figure.comparators.push('gte')
    modStart = start
    at = start - 1
    if (modifier.role === 'hold') break
  }
  figure.modStart = modStart
}

/** Walk back from the governing words to where the metric starts (at most 80 tokens). */
function readRegion(reader: Reader, figure: Figure, previousEnd: number): void {
  const {tokens, structure} = reader
  const modStart = figure.modStart
  let at = modStart - 1
  let soft = -1
  let stop = -1
  let byFigure = false
  let steps = 0
  for (; at >= 0 && steps < 80; steps++) {
    if (at <= previousEnd) {
      byFigure = true
      stop = at
      break
    }
    const marks = structure.marksOf(at)
    if (marks & HARD) {
      stop = at
      break
    }
    if (tokens.isPunct(at)) {
      const partner = structure.match(at)
      if (partner >= 0 && partner < at) {
        at = partner - 1 // a closed bracket: read over it
        continue
      }
      const key = tokens.key(at)
      if (key === '(' || key === '[') {
        stop = at
        break
      }
    }
    if (marks & SOFT) soft = at
    at--
  }
  if (at < 0 || steps >= 80) stop = at
  let regionStart = byFigure && soft >= 0 ? soft : stop + 1
  figure.continuation = byFigure && soft < 0
  // skip the separators, connectors and time adverbials that open the region
  while (regionStart < modStart) {
    if (structure.soft(regionStart) || (tokens.isPunct(regionStart) && tokens.key(regionStart) !== '(')) {
      if (structure.aspiration(regionStart)) figure.aspiration = true
      regionStart++
      continue
    }
    const hold = matchForward(tokens, regionStart, HOLD_SET)
    if (hold > 0) {
      figure.hold = true
      regionStart += hold
      continue
    }
    const edge = matchForward(tokens, regionStart, METRIC_EDGE_SET)
    if (edge > 0) {
      regionStart += edge
      continue
    }
    const time = skipTimeAdverbial(tokens, regionStart, modStart)
    if (time === regionStart) break
    regionStart = time
  }
  for (let index = regionStart; index < modStart; index++) {
    if (structure.aspiration(index)) figure.aspiration = true
    if (matchForward(tokens, index, HOLD_SET) > 0) figure.hold = true
  }
  figure.regionStart = regionStart
}

/** Past a time adverbial opening a clause: "Năm 2025, …", "đến hết năm 2023, …", "giai đoạn 2021-2025". */
function skipTimeAdverbial(tokens: Tokens, index: number, limit: number): number {
  let at = index
  while (at < limit && tokens.hasBit(at, TIME_PREPOSITION_SET.bit)) at++
  if (tokens.key(at) === 'năm') at++
  else if (tokens.key(at) === 'giai' && tokens.key(at + 1) === 'đoạn') at += 2
  else return index
  if (!isYearLike(tokens, at)) return index
  at++
  if (DASHES.has(tokens.key(at)) && isYearLike(tokens, at + 1)) at += 2
  return Math.min(at, limit)
}

/** A clause that opens with a change verb: "Giảm tỷ lệ sinh là 0,07 ‰" (not "Tăng cường", "Tăng trưởng kinh tế"). */
function readOpeningDirection(tokens: Tokens, regionStart: number, modStart: number): {direction: 'increase' | 'decrease'; length: number} | null {
  const length = matchForward(tokens, regionStart, OPENERS)
  if (length === 0 || regionStart + length >= modStart) return null
  if (OPENER_BLOCKER_SET.has(tokens.key(regionStart + length))) return null
  const direction = lookUpPhrase(tokens, regionStart + length - 1, length, OPENERS)
  return direction ? {direction, length} : null
}

// ---------------------------------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------------------------------

const BOUNDS: ReadonlySet<Comparator> = new Set(['gt', 'gte', 'lt', 'lte'])

function chooseComparator(figure: Figure): Comparator {
  if (figure.min !== null) return 'range'
  if (figure.suffix) return figure.suffix
  // nearest bound first (the list runs from the figure backwards), then a hedge, then eq
  for (const comparator of figure.comparators) if (BOUNDS.has(comparator)) return comparator
  return figure.comparators.includes('approx') ? 'approx' : 'eq'
}

const applyScale = (value: number | null, factor: number): number | null =>
  value === null ? null : factor === 1 ? value : roundScaled(value * factor)

/**
 * `Number(product.toPrecision(15))`: rounds away the noise of the multiplication ("1,8 tỷ"). An integer
 * below 10¹⁵ has at most 15 digits and comes back as it is (but for -0, which comes back as 0).
 */
function roundScaled(product: number): number {
  return Number.isInteger(product) && Math.abs(product) < 1e15 ? product + 0 : Number(product.toPrecision(15))
}

/** For tests: `roundScaled` and the rounding it replaces. */
export const roundScaledForTest = (product: number): [number, number] => [roundScaled(product), Number(product.toPrecision(15))]

/**
 * The figure with its scale applied. Shares (% and ‰) keep their value and unit: 12 % is normalised to
 * {value: 12, unit: "%"}, not 0.12, so that normalised values stay comparable with the text. A unit made
 * of a scale word alone ("23 triệu") normalises to a plain count with unit "". No unit: null.
 */
function normalize(figure: Figure): NormalizedQuantity | null {
  const unit = figure.unit
  if (!unit) return null
  return {value: applyScale(figure.value, unit.factor), min: applyScale(figure.min, unit.factor), max: applyScale(figure.max, unit.factor), unit: unit.base}
}

function capitalize(text: string): string {
  const code = text.charCodeAt(0)
  if (code >= 97 && code <= 122) return String.fromCharCode(code - 32) + text.slice(1) // a-z
  if (code < 128 || Number.isNaN(code)) return text // nothing to capitalize, or ""
  const first = text[0] ?? ''
  const upper = first.toUpperCase()
  return upper === first ? text : upper + text.slice(1)
}

/**
 * The text of tokens [start, end] with connectors and punctuation trimmed at both ends, at most `limit`
 * tokens (the last ones); null if nothing with letters is left. Words after a figure (`before` false)
 * stop at an aspiration or detail clause and keep their verbs ("khóm đạt khóm văn minh").
 */
function readSpanText(reader: Reader, start: number, end: number, limit: number, before: boolean): string | null {
  const {tokens, structure} = reader
  let from = start
  let to = end
  if (!before) {
    for (let at = from; at <= to; at++) {
      if (structure.aspiration(at) || (structure.soft(at) && tokens.isWord(at) && tokens.key(at) !== 'và')) {
        to = at - 1
        break
      }
    }
  }
  while (from <= to) {
    const edge = before ? matchForward(tokens, from, METRIC_EDGE_SET) : tokens.key(from) === 'các' ? 1 : 0
    if (tokens.isPunct(from) && tokens.key(from) !== '(') from++
    else if (edge > 0 && from + edge - 1 <= to) from += edge
    else break
  }
  while (to >= from) {
    const edge = matchBackward(tokens, to, METRIC_EDGE_SET)
    if (tokens.isPunct(to) && tokens.key(to) !== ')') to--
    else if (edge > 0 && to - edge + 1 >= from) to -= edge
    else break
  }
  if (to < from) return null
  if (to - from + 1 > limit) from = to - limit + 1
  let hasLetters = false
  let open = 0
  for (let at = from; at <= to; at++) {
    if (tokens.isWord(at)) hasLetters = true
    else if (tokens.isPunct(at, '(')) open++
    else if (tokens.isPunct(at, ')')) open--
  }
  if (!hasLetters) return null
  let text = tokens.span(from, to)
  if (open > 0) text = text.slice(0, text.lastIndexOf('(')).trimEnd() // a parenthesis the cut left open
  if (text.length > 160) {
    const cut = text.lastIndexOf(' ', 160)
    text = text.slice(0, cut > 0 ? cut : 160)
  }
  return text === '' ? null : text
}

/** Last token of the clause that holds `index` (before the next hard boundary or closing bracket). */
function findClauseEnd(reader: Reader, index: number): number {
  const {tokens, structure} = reader
  let at = index + 1
  for (let steps = 0; at < tokens.count && steps < 30; steps++, at++) {
    if (structure.hard(at)) return at - 1
    if (tokens.isPunct(at)) {
      const key = tokens.key(at)
      if (key === ')' || key === ']') return at - 1
      const partner = structure.match(at)
      if ((key === '(' || key === '[') && partner > at) at = partner
    }
  }
  return at - 1
}

/** Number of " " in `text`. */
function countSpaces(text: string): number {
  let count = 0
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) count++
  return count
}

/** Number of scale-word tokens at the start of a unit ("triệu lượt khách" -> 1). */
function countScaleWords(tokens: Tokens, unit: UnitMatch): number {
  let count = 0
  while (unit.start + count < unit.end && isScaleAt(tokens, unit.start + count)) count++
  return count
}

/** Extract every measurable figure of one indicator text as a target. Never throws. */
export function parseTargets(text: string, options: ParseTargetsOptions = {}): Target[] {
  // Most texts are their own clean text: tokenize them as they are, and clean the others first.
  let source = text
  let tokens = tokenize(source)
  const unclean = tokens.unclean
  if (unclean) {
    source = cleanText(text)
    tokens = tokenize(source)
  }
  if (tokens.numbers === 0) return []
  const structure = analyse(tokens, tokens.count <= SHARED_COLUMNS_LIMIT ? SHARED_STRUCTURE_COLUMNS : new StructureColumns())
  const reader: Reader = {
    tokens,
    structure,
    evidence: options.evidence ?? lazySeparatorEvidence(source),
    leading: findLeadingIndex(tokens),
    next: 0
  }
  const all = findFigures(reader)
  markQualifiers(reader, all)
  let baselineByLast: Map<number, Figure> | null = null // most texts have none
  const figures: Figure[] = []
  for (const figure of all) {
    if (figure.baseline) (baselineByLast ??= new Map()).set(figure.last, figure)
    else if (!figure.qualifier) figures.push(figure)
  }
  shareRatios(reader, figures)

  // first pass: governing words and metric regions
  // the last token of the previous figure in each group; most texts have figures at the top level only
  let previousEndAtTop = -1
  let previousEndByGroup: Map<number, number> | null = null
  for (const figure of figures) {
    readModifiers(reader, figure, baselineByLast)
    const group = structure.group(figure.first)
    if (group < 0) {
      readRegion(reader, figure, previousEndAtTop)
      previousEndAtTop = figure.last
    } else {
      previousEndByGroup ??= new Map()
      readRegion(reader, figure, previousEndByGroup.get(group) ?? -1)
      previousEndByGroup.set(group, figure.last)
    }
  }

  // second pass: targets
  const targets: Target[] = []
  let previous: Target | null = null
  for (let index = 0; index < figures.length; index++) {
    const figure = figures[index]
    if (!figure) continue
    const target = toTarget(reader, figure, figures[index + 1], previous)
    targets.push(target)
    previous = target
  }
  // Units are matched with "m²" spelled "m2"; give them back as the text writes them.
  return unclean && /[²³]/.test(text) ? targets.map((target) => ({...target, unit: target.unit && respellPowers(target.unit)})) : targets
}

function toTarget(reader: Reader, figure: Figure, next: Figure | undefined, previous: Target | null): Target {
  const {tokens, structure} = reader
  const flags: string[] = []
  for (const parsed of figure.readings) {
    if (parsed.ambiguous && !flags.includes(TARGET_FLAGS.ambiguousSeparator)) flags.push(TARGET_FLAGS.ambiguousSeparator)
    if (parsed.style === 'en' && !flags.includes(TARGET_FLAGS.englishSeparator)) flags.push(TARGET_FLAGS.englishSeparator)
  }
  if (figure.unit?.guessed) flags.push(TARGET_FLAGS.unitGuessed)

  // direction: the verb before the figure, else a verb opening the clause, else the shared verb (below)
  let direction = figure.direction
  let regionStart = figure.regionStart
  if (direction === null && !figure.hold) {
    const opening = readOpeningDirection(tokens, regionStart, figure.modStart)
    if (opening) {
      direction = opening.direction
      regionStart += opening.length // "Giảm tỷ lệ sinh là 0,07 ‰": the metric is "tỷ lệ sinh"
    }
  }

  // metric: the words before the figure, else the words after it ("95,8% gia đình văn hoá"), else the
  // previous figure's when the clause only restates it (", tăng 19% so với năm 2022", ", phấn đấu trên 8%")
  let metric = readSpanText(reader, regionStart, figure.modStart - 1, 40, true)
  const unit = figure.unit
  const counted = unit !== null && !unit.guessed && (unit.kind === 'people' || unit.kind === 'count' || unit.kind === 'admin')
  const unitWords = counted ? tokens.span(unit.start + countScaleWords(tokens, unit), unit.end) : null
  // the words after the figure count only without a metric before it, or with counted units after a
  // bare verb ("Xây dựng 02 trường định kỳ …"): they are not read otherwise
  const afterBareVerb = metric !== null && unitWords !== null && unitWords !== '' && countSpaces(metric) <= 1 && regionStart < figure.first
  let after: string | null = null
  if (metric === null || afterBareVerb) {
    const sameGroup = next !== undefined && structure.group(next.first) === structure.group(figure.first)
    const afterEnd = Math.min(sameGroup && next ? next.regionStart - 1 : tokens.count - 1, findClauseEnd(reader, figure.last))
    after = readSpanText(reader, figure.last + 1, afterEnd, 25, false)
  }
  const governed = figure.direction !== null || figure.particle || figure.comparators.includes('eq')
  let restated = false
  if (metric === null) {
    if (previous && (figure.continuation || (governed && !figure.aspiration))) metric = previous.metric
    else if (after !== null && !(figure.aspiration && previous)) metric = unitWords ? `${unitWords} ${after}` : after
    else if (figure.aspiration && previous) {
      metric = previous.metric
      restated = true
    } else metric = unitWords
  } else if (afterBareVerb && after !== null) {
    metric = `${metric} ${unitWords} ${after}` // "Xây dựng 02 trường định kỳ …": a bare verb before the figure
  }

  if (direction === null && !figure.hold && previous?.direction && (figure.particle || (restated && after === null))) {
    direction = previous.direction
    flags.push(TARGET_FLAGS.directionCarried)
  }

  let rawFirst = Math.min(figure.modStart, figure.first)
  while (rawFirst < figure.first && tokens.isPunct(rawFirst)) rawFirst++
  return {
    raw: tokens.source.slice(tokens.start(rawFirst), tokens.end(figure.last)),
    metric: metric === null ? null : capitalize(metric),
    comparator: chooseComparator(figure),
    direction,
    value: figure.value,
    min: figure.min,
    max: figure.max,
    unit: figure.unitText,
    denominator: figure.denominator,
    normalized: normalize(figure),
    flags
  }
}
