/**
 * Targets: the measurable figures of one indicator text.
 *
 * "Tỷ lệ hộ nghèo giảm còn dưới 1,8 %" -> {metric "Tỷ lệ hộ nghèo", comparator lt, direction decrease,
 * value 1.8, unit "%"}. The rules are those of the gold format (comparator words, direction where a
 * tăng/giảm verb governs the figure, units as written with their scale word); see
 * ../vocabulary/comparators.ts and ../vocabulary/units.ts for the word tables.
 *
 * How it works, in one linear pass each:
 *   1. clean: NFC, LaTeX remnants ("$\geq 7,5\text{m}$" -> "≥ 7,5m"), superscript footnote markers
 *      dropped ("m²" kept as "m2");
 *   2. tokenize into numbers (digits with inner "." and ","), words (letters and digits) and single
 *      punctuation characters;
 *   3. structure: clauses end at ";" and sentence stops; "," "và" " - " "trong đó" and "phấn đấu"
 *      separate parallel figures; parentheses are groups whose figures count only when the group
 *      states something ("(trong đó công nghiệp tăng 8,5%; …)"), not when it qualifies
 *      ("(… chiều rộng ≥ 7,5m)", "(giá SS 2010)");
 *   4. figures: a number with its unit, or a range "7,5-8%", "từ 2 đến 3 xã", or a ratio "52/52 thôn";
 *      years, dates, document numbers, labels ("lớp 1", "Điều 2"), scale ratios ("1/10.000") and
 *      identifiers ("QH14", "COVID-19", "5G") are dropped; so are qualifiers inside a measure's name:
 *      ages of a population ("trẻ em dưới 5 tuổi"), per-unit bases ("trên 1ha đất … đạt 245 triệu đồng"),
 *      dimensions ("chiều rộng ≥ 7,5m"), and the baseline of a change ("giảm từ 3% xuống 2%");
 *   5. targets: the words right before a figure give its comparator and direction, the noun phrase before
 *      them its metric; parallel clauses that share a verb share its direction ("giảm còn 9%; thể thấp còi
 *      còn 12,7%"), an aspirational restatement (", phấn đấu trên 8%") takes the previous measure.
 *
 * Every loop looks at most a fixed number of tokens around a figure, and the regions it reads do not
 * overlap, so the whole parse is linear in the length of the text. No regular expression backtracks.
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
import {collectSeparatorEvidence, parseVietnameseNumber, type ParsedNumber, type SeparatorEvidence} from './parse-number.js'

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

// ---------------------------------------------------------------------------------------------------
// Word tables private to this stage (words around figures that make them something else than targets)
// ---------------------------------------------------------------------------------------------------

/** Words right before a number that make it a date or a year, never a target: "năm 2025", "tháng 12". */
const TIME_LABELS = [
  'năm', 'tháng', 'ngày', 'quý', 'tuần', 'giai đoạn', 'niên độ', 'niên vụ', 'khóa', 'nhiệm kỳ', 'kỳ', 'đợt',
  'thứ', 'lần thứ', 'ss', 'giá ss', 'so sánh', 'đến năm', 'từ năm', 'hết năm'
]

/**
 * Words right before a number that make it a label or a document number ("Điều 2", "lớp 1", "Nghị quyết số
 * 98"), unless a unit follows ("tổng số 500 lao động").
 */
const LABELS = [
  'số', 'điều', 'khoản', 'điểm', 'mục', 'chương', 'phần', 'tiết', 'lớp', 'loại', 'hạng', 'nhóm', 'cấp', 'cấp độ',
  'mức độ', 'tổ', 'thôn', 'ấp', 'khóm', 'bản', 'xóm', 'khu phố', 'khu vực', 'khu', 'phường', 'quận', 'tuyến',
  'quốc lộ', 'tỉnh lộ', 'đường', 'ql', 'đt', 'đh', 'phụ lục', 'biểu', 'mẫu', 'bảng', 'hình', 'nghị quyết',
  'quyết định', 'nghị định', 'thông tư', 'luật', 'chỉ thị', 'kết luận', 'công văn', 'tờ trình', 'báo cáo',
  'kế hoạch', 'chương trình', 'đề án', 'top', 'khóa học', 'mã', 'lô', 'tầng', 'mũi', 'liều', 'giải', 'hệ'
]

/** Population nouns before an age: "trẻ em dưới 5 tuổi", "trẻ 6 tuổi", "người từ 60 tuổi trở lên" (qualifiers). */
const POPULATION_NOUNS = [
  'trẻ', 'trẻ em', 'em', 'bé', 'người', 'phụ nữ', 'nữ', 'nam', 'học sinh', 'thanh niên', 'công dân', 'lao động',
  'dân số', 'trẻ sơ sinh', 'thiếu niên', 'người dân', 'người cao tuổi'
]

/** Dimension words before a length: "chiều rộng ≥ 7,5m" (qualifier when another figure follows). */
const DIMENSION_WORDS = [
  'rộng', 'chiều rộng', 'bề rộng', 'dài', 'chiều dài', 'cao', 'chiều cao', 'sâu', 'đường kính', 'mặt cắt', 'xe chạy'
]

/** Words before "1 <unit>" that make it a per-unit base: "trên 1ha đất", "mỗi ha", "bình quân 1 lao động". */
const PER_UNIT_WORDS = ['trên', 'mỗi', 'trên mỗi', 'bình quân', '/']

/** Round bases of a "per" ratio: "trên 1 vạn dân", "/100 bé gái", "80/100 dân". */
const PER_BASES = new Set([1, 10, 100, 1000, 10000, 100000, 1000000])

/** Words that announce the detail of the previous figure: "trong đó: thu nội địa …". */
const DETAIL_WORDS = ['trong đó', 'bao gồm', 'gồm']

/** Words that mark a parenthesis as a statement whose figures count. */
const STATEMENT_WORDS = ['tăng', 'giảm', 'đạt', 'chiếm', 'còn', 'là', 'bằng', 'gồm', 'vượt', 'trong đó', 'phấn đấu']

/** Words stripped from the edges of a metric. */
const METRIC_EDGE_WORDS = ['có', 'đảm bảo', 'bảo đảm', 'và', 'đạt', 'là', 'ở', 'với', 'các', 'tiếp tục']

// ---------------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------------

type TokenKind = 'num' | 'word' | 'punct'

interface Token {
  readonly kind: TokenKind
  readonly text: string
  /** lower case, tone placement folded (words); the text itself otherwise */
  readonly key: string
  readonly start: number
  readonly end: number
  /** whitespace (or the start of the text) before the token */
  readonly space: boolean
}

const LETTER = /[\p{L}\p{M}]/u

function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return LETTER.test(text[index] ?? '')
}

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57

function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  const length = text.length
  let index = 0
  let space = true
  while (index < length) {
    const code = text.charCodeAt(index)
    if (isSpaceCode(code) && code !== 9) {
      space = true
      index++
      continue
    }
    const start = index
    let kind: TokenKind
    if (isDigitCode(code)) {
      kind = 'num'
      index++
      while (index < length) {
        const next = text.charCodeAt(index)
        if (isDigitCode(next)) index++
        else if ((next === 46 || next === 44) && isDigitCode(text.charCodeAt(index + 1))) index += 2
        else break
      }
    } else if (isLetterAt(text, index)) {
      kind = 'word'
      index++
      while (index < length && (isLetterAt(text, index) || isDigitCode(text.charCodeAt(index)))) index++
    } else {
      kind = 'punct'
      index++
    }
    const raw = text.slice(start, index)
    tokens.push({kind, text: raw, key: kind === 'word' ? foldForMatch(raw) : raw, start, end: index, space})
    space = false
  }
  return tokens
}

const END: Token = {kind: 'punct', text: '', key: '', start: 0, end: 0, space: true}

/** Split a vocabulary phrase into token keys the way `tokenize` splits text. */
const phraseKeys = (phrase: string): string[] => tokenize(phrase).map((token) => token.key)

// ---------------------------------------------------------------------------------------------------
// Phrase tables
// ---------------------------------------------------------------------------------------------------

interface TrieNode<T> {
  readonly next: Map<string, TrieNode<T>>
  value?: T
}

function buildTrie<T>(entries: Iterable<readonly [string, T]>): TrieNode<T> {
  const root: TrieNode<T> = {next: new Map()}
  for (const [phrase, value] of entries) {
    let node = root
    for (const key of phraseKeys(phrase)) {
      let child = node.next.get(key)
      if (!child) {
        child = {next: new Map()}
        node.next.set(key, child)
      }
      node = child
    }
    node.value ??= value
  }
  return root
}

/** Phrase lookup keyed by its token keys joined with a space (for matching backwards from a token). */
function buildPhraseMap<T>(entries: Iterable<readonly [string, T]>): {map: Map<string, T>; longest: number} {
  const map = new Map<string, T>()
  let longest = 1
  for (const [phrase, value] of entries) {
    const keys = phraseKeys(phrase)
    longest = Math.max(longest, keys.length)
    const key = keys.join(' ')
    if (!map.has(key)) map.set(key, value)
  }
  return {map, longest}
}

const UNIT_TRIE = buildTrie<UnitWord>([...UNIT_WORDS, ...COMPOUND_UNITS].map((unit) => [unit.phrase, unit] as const))
const SCALES = new Map(SCALE_WORDS.map((scale) => [foldForMatch(scale.word), scale.factor]))
const SCALE_BLOCKER_SET = new Set(SCALE_BLOCKERS.map(foldForMatch))
const NOT_UNIT_SET = new Set(NOT_UNIT_WORDS.map(foldForMatch))

type Modifier =
  | {readonly role: 'comparator'; readonly comparator: Comparator}
  | {readonly role: 'direction'; readonly direction: 'increase' | 'decrease'}
  | {readonly role: 'particle'}
  | {readonly role: 'link'}
  | {readonly role: 'hold'}
  | {readonly role: 'aspiration'}
  | {readonly role: 'from'}

const MODIFIERS = buildPhraseMap<Modifier>([
  // longer and more specific phrases first: the first entry for a phrase wins
  ...ASPIRATION_WORDS.map((phrase) => [phrase, {role: 'aspiration'}] as const),
  ...HOLD_WORDS.map((phrase) => [phrase, {role: 'hold'}] as const),
  ...DIRECTION_WORDS.map((word) => [word.phrase, {role: 'direction', direction: word.direction}] as const),
  ...COMPARATOR_WORDS.map((word) => [word.phrase, {role: 'comparator', comparator: word.comparator}] as const),
  ...DIRECTION_PARTICLES.map((phrase) => [phrase, {role: 'particle'}] as const),
  ...FROM_WORDS.map((phrase) => [phrase, {role: 'from'}] as const),
  ...LINKING_WORDS.map((phrase) => [phrase, {role: 'link'}] as const)
])

const SUFFIXES = buildTrie<Comparator>(COMPARATOR_SUFFIXES.map((word) => [word.phrase, word.comparator] as const))
const RANGE_SET = new Set(RANGE_CONNECTORS.map(foldForMatch))
const DASHES = new Set(['-', '–', '—', '−'])

const phraseSet = (phrases: readonly string[]) => buildPhraseMap(phrases.map((phrase) => [phrase, true] as const))
const TIME_LABEL_SET = phraseSet(TIME_LABELS)
const LABEL_SET = phraseSet(LABELS)
const POPULATION_SET = phraseSet(POPULATION_NOUNS)
const DIMENSION_SET = phraseSet(DIMENSION_WORDS)
const PER_UNIT_SET = phraseSet(PER_UNIT_WORDS)
const DETAIL_SET = phraseSet(DETAIL_WORDS)
const STATEMENT_SET = phraseSet(STATEMENT_WORDS)
const ASPIRATION_SET = phraseSet(ASPIRATION_WORDS)
const HOLD_SET = phraseSet(HOLD_WORDS)
const NOUN_HEAD_SET = phraseSet(DIRECTION_NOUN_HEADS)
const METRIC_EDGE_SET = phraseSet(METRIC_EDGE_WORDS)
const DIRECTION_OPENERS = phraseSet(DIRECTION_WORDS.filter((word) => word.phrase !== 'tăng trưởng').map((word) => word.phrase))
const OPENER_BLOCKER_SET = new Set(DIRECTION_OPENER_BLOCKERS.map(foldForMatch))
const DIRECTION_BY_PHRASE = new Map(DIRECTION_WORDS.map((word) => [phraseKeys(word.phrase).join(' '), word.direction]))

// ---------------------------------------------------------------------------------------------------
// Cleaning
// ---------------------------------------------------------------------------------------------------

const LATEX_COMMANDS: Readonly<Record<string, string>> = {
  geq: '≥', ge: '≥', leq: '≤', le: '≤', gt: '>', lt: '<', times: '×', div: '÷', sim: '~', approx: '≈', pm: '±', '%': '%'
}

/** Undo the LaTeX some converters leave around figures: "$\geq 7,5\text{m}$" -> "≥ 7,5m". */
function stripLatex(text: string): string {
  return text
    .replace(/\\(?:text|mathrm|textrm|mbox|operatorname)\{([^{}\\]*)\}/g, '$1')
    .replace(/\\([a-zA-Z]+|%)/g, (_match, name: string) => {
      const symbol = LATEX_COMMANDS[name]
      return symbol === undefined ? '' : symbol === '%' ? '%' : ` ${symbol} `
    })
    .replace(/\\[,;:! ]/g, ' ')
    .replace(/[${}]/g, '')
}

const SUPERSCRIPTS = /[\u00b9\u00b2\u00b3\u2070-\u2079]/g

/** NFC, LaTeX remnants undone, "m²"/"km²"/"m³" spelled "m2"/"km2"/"m3", footnote superscripts dropped. */
function cleanText(text: string): string {
  let clean = text.normalize('NFC')
  if (clean.includes('\\') || clean.includes('$')) clean = stripLatex(clean)
  clean = clean.replace(/(?<![\p{L}])(k?m|dm|cm)([²³])/gu, (_match, unit: string, power: string) => unit + (power === '²' ? '2' : '3'))
  return clean.replace(SUPERSCRIPTS, '')
}

// ---------------------------------------------------------------------------------------------------
// Structure
// ---------------------------------------------------------------------------------------------------

interface Structure {
  /** index of the matching bracket, -1 if none */
  readonly match: Int32Array
  /** index of the innermost enclosing "(" or "[", -1 at top level */
  readonly group: Int32Array
  /** for a "(" token: whether its figures count */
  readonly countable: Uint8Array
  /** clause number: changes at each hard boundary */
  readonly clause: Int32Array
  readonly hard: Uint8Array
  readonly soft: Uint8Array
  readonly aspiration: Uint8Array
}

function analyse(tokens: readonly Token[]): Structure {
  const count = tokens.length
  const match = new Int32Array(count).fill(-1)
  const group = new Int32Array(count).fill(-1)
  const countable = new Uint8Array(count)
  const clause = new Int32Array(count)
  const hard = new Uint8Array(count)
  const soft = new Uint8Array(count)
  const aspiration = new Uint8Array(count)
  const stack: number[] = []
  let clauseNumber = 0
  for (let index = 0; index < count; index++) {
    const token = tokens[index] ?? END
    group[index] = stack.length > 0 ? (stack[stack.length - 1] ?? -1) : -1
    if (token.kind === 'punct') {
      const text = token.text
      if (text === '(' || text === '[') stack.push(index)
      else if (text === ')' || text === ']') {
        const open = stack.length > 0 ? (stack[stack.length - 1] ?? -1) : -1
        if (open >= 0 && (tokens[open]?.text === '(') === (text === ')')) {
          stack.pop()
          match[open] = index
          match[index] = open
          group[index] = group[open] ?? -1
        }
      } else if (text === ';' || text === '!' || text === '?' || text === '…' || text === '\t') hard[index] = 1
      else if (text === '.') {
        const next = tokens[index + 1]
        if (!next || next.space) hard[index] = 1
      } else if (text === ',') soft[index] = 1
      else if (DASHES.has(text) && token.space && (tokens[index + 1]?.space ?? true)) soft[index] = 1
    } else if (token.kind === 'word') {
      if (token.key === 'và' || token.key === 'hoặc') soft[index] = 1
      const detail = matchForward(tokens, index, DETAIL_SET)
      const aspire = matchForward(tokens, index, ASPIRATION_SET)
      for (let offset = 0; offset < detail; offset++) soft[index + offset] = 1
      for (let offset = 0; offset < aspire; offset++) soft[index + offset] = aspiration[index + offset] = 1
    }
    if (hard[index]) clauseNumber++
    clause[index] = clauseNumber
  }
  // A parenthesis counts when it states something at its own level ("(trong đó … tăng 8,5%)"); square
  // brackets ("[1]") never do; an unclosed "(" counts (its text runs to the end, nothing to lose).
  for (let index = 0; index < count; index++) {
    const open = group[index] ?? -1
    if (open < 0 || tokens[open]?.text !== '(') continue
    if (matchForward(tokens, index, STATEMENT_SET) > 0) countable[open] = 1
  }
  for (let index = 0; index < count; index++) {
    if (tokens[index]?.text === '(' && (match[index] ?? -1) < 0) countable[index] = 1
  }
  return {match, group, countable, clause, hard, soft, aspiration}
}

/** Length in tokens of the longest phrase of `set` starting at `index` (0 if none). */
function matchForward(tokens: readonly Token[], index: number, set: {map: Map<string, unknown>; longest: number}): number {
  let key = ''
  let best = 0
  for (let length = 1; length <= set.longest && index + length - 1 < tokens.length; length++) {
    const token = tokens[index + length - 1] ?? END
    key = length === 1 ? token.key : `${key} ${token.key}`
    if (set.map.has(key)) best = length
  }
  return best
}

/** The longest phrase of `set` ending at `index`: [value, length] or null. */
function matchBackward<T>(tokens: readonly Token[], index: number, set: {map: Map<string, T>; longest: number}): [T, number] | null {
  let key = ''
  let best: [T, number] | null = null
  for (let length = 1; length <= set.longest && index - length + 1 >= 0; length++) {
    const token = tokens[index - length + 1] ?? END
    key = length === 1 ? token.key : `${token.key} ${key}`
    const value = set.map.get(key)
    if (value !== undefined) best = [value, length]
  }
  return best
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
  /** the "/…" part as written, to share with a coordinated figure ("9,3 bác sỹ và 31 giường bệnh/1 vạn dân") */
  readonly per: string | null
}

type UnitResult = UnitMatch | 'identifier' | null

function longestUnit(tokens: readonly Token[], index: number): {end: number; unit: UnitWord} | null {
  let node: TrieNode<UnitWord> | undefined = UNIT_TRIE
  let best: {end: number; unit: UnitWord} | null = null
  for (let at = index; at < tokens.length && node; at++) {
    const token: Token = tokens[at] ?? END
    if (at > index && token.kind === 'num' && !token.space && tokens[at - 1]?.kind === 'num') break
    node = node.next.get(token.key)
    if (node?.value) best = {end: at, unit: node.value}
  }
  return best
}

const lowerText = (source: string, tokens: readonly Token[], start: number, end: number): string =>
  collapse(source.slice(tokens[start]?.start ?? 0, tokens[end]?.end ?? 0)).toLowerCase()

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** Is the word a plausible unit we do not know ("10 bậc", "8 điểm")? Lower-case letters, not a function word. */
function guessable(token: Token): boolean {
  if (token.kind !== 'word' || NOT_UNIT_SET.has(token.key) || SCALES.has(token.key)) return false
  const first = token.text[0] ?? ''
  return first === first.toLowerCase() && first !== first.toUpperCase()
}

/** Read the unit that starts at token `index`, right after a figure. */
function matchUnit(source: string, tokens: readonly Token[], index: number): UnitResult {
  const first = tokens[index]
  if (!first) return null
  let at = index
  let factor = 1
  for (let count = 0; count < 3; count++) {
    const token = tokens[at] ?? END
    const scale = token.kind === 'word' ? SCALES.get(token.key) : undefined
    if (scale === undefined || SCALE_BLOCKER_SET.has(tokens[at + 1]?.key ?? '')) break
    factor *= scale
    at++
  }
  const found = longestUnit(tokens, at)
  if (first.kind === 'word' && !first.space && (at > index || !found)) {
    // letters glued to the figure must be a unit ("7,5m", "1ha"), else the figure is part of a name ("5G")
    if (at === index) return 'identifier'
  }
  if (!found) {
    if (at > index) {
      // a scale word alone: "22 - 23 triệu" (a count)
      return {start: index, end: at - 1, factor, base: '', kind: 'count', guessed: false, per: null}
    }
    const token = tokens[index] ?? END
    if (!guessable(token)) return null
    return {start: index, end: index, factor, base: token.key, kind: 'count', guessed: true, per: null}
  }
  let end = found.end
  const unit = found.unit
  factor *= unit.factor ?? 1
  let base = unit.canonical ?? lowerText(source, tokens, at, end)
  if (unit.kind === 'admin') {
    // "phường, xã", "thôn, tổ dân phố": a list of administrative units is one unit
    while (tokens[end + 1]?.text === ',') {
      const more = longestUnit(tokens, end + 2)
      if (!more || more.unit.kind !== 'admin') break
      end = more.end
    }
    base = lowerText(source, tokens, at, end)
  }
  // "/người/năm", "/1 vạn dân", "/100 bé gái", "/ha": ratios after the unit
  let perStart = -1
  for (let count = 0; count < 3 && tokens[end + 1]?.text === '/'; count++) {
    let next = end + 2
    const token = tokens[next] ?? END
    if (token.kind === 'num') {
      const value = parseVietnameseNumber(token.text)
      if (!value || !PER_BASES.has(value.value)) break
      next++
    }
    while (SCALES.has(tokens[next]?.key ?? '') && tokens[next]?.kind === 'word') next++
    const more = longestUnit(tokens, next)
    const moreEnd = more ? more.end : guessable(tokens[next] ?? END) ? next : -1
    if (moreEnd < 0) break
    if (perStart < 0) perStart = end + 1
    end = moreEnd
  }
  if (perStart >= 0) base += lowerText(source, tokens, perStart, end).replace(/\s*\/\s*/g, '/')
  const slash = base.indexOf('/')
  const per = slash >= 0 ? base.slice(slash) : null
  return {start: index, end, factor, base, kind: unit.kind, guessed: false, per}
}

// ---------------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------------

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
  /** "từ" before the number was part of a range */
  readonly fromRange: boolean
  /** the start of a change "từ 3% xuống 2%": read over, not a target */
  baseline: boolean
  qualifier: boolean
}

const isYearLike = (token: Token): boolean => {
  if (token.kind !== 'num' || token.text.length !== 4 || !/^\d{4}$/.test(token.text)) return false
  const year = Number(token.text)
  return year >= 1900 && year <= 2100
}

const isPunct = (token: Token | undefined, text: string): boolean => token?.kind === 'punct' && token.text === text

/** A unit that tells a count or a measure (not a time span, not a guess). */
const isRealUnit = (unit: UnitResult): unit is UnitMatch =>
  unit !== null && unit !== 'identifier' && !unit.guessed && unit.kind !== 'time'

/** A unit a year number can be a quantity of ("2000 lao động"), unlike "2026 - 2028 tỉnh …". */
const isMeasureUnit = (unit: UnitResult): unit is UnitMatch => isRealUnit(unit) && unit.kind !== 'admin'

interface Reader {
  readonly source: string
  readonly tokens: readonly Token[]
  readonly structure: Structure
  readonly evidence: SeparatorEvidence
}

function findFigures(reader: Reader): Figure[] {
  const {tokens} = reader
  const figures: Figure[] = []
  let index = 0
  while (index < tokens.length) {
    const token = tokens[index] ?? END
    if (token.kind !== 'num') {
      index++
      continue
    }
    const result = readFigure(reader, index)
    if (result.figure) figures.push(result.figure)
    index = Math.max(index + 1, result.next)
  }
  return figures
}

/** Index of the word before `index` skipping comparator-like words (for the qualifier and label checks). */
function previousKey(tokens: readonly Token[], index: number, set: {map: Map<string, unknown>; longest: number}): boolean {
  return matchBackward(tokens, index, set) !== null
}

function readFigure(reader: Reader, index: number): {figure: Figure | null; next: number} {
  const {source, tokens, structure, evidence} = reader
  const token = tokens[index] ?? END
  const skip = (next: number) => ({figure: null, next})
  const group = structure.group[index] ?? -1
  if (group >= 0 && !structure.countable[group]) return skip(index + 1)

  // identifiers: "COVID-19", "NQ/TW" parts, "Mẫu biểu số 02" is handled as a label below
  const previous = tokens[index - 1]
  if (!token.space && previous?.kind === 'punct' && '-/._'.includes(previous.text) && !previous.space && tokens[index - 2]?.kind === 'word') {
    return skip(index + 1)
  }
  // a label number opening the text: "1. …", "2.1) …"
  if (index === leadingIndex(tokens) && (isPunct(tokens[index + 1], '.') || isPunct(tokens[index + 1], ')')) && !tokens[index + 1]?.space) {
    return skip(index + 2)
  }

  // slash sequences: "52/52 thôn" (ratio), "27/01/2025" (date), "98/2020/NQ-HĐND", "53/TTr-CP" (document numbers)
  let last = index
  const slashParts = [index]
  while (isPunct(tokens[last + 1], '/') && !tokens[last + 1]?.space && tokens[last + 2]?.kind === 'num' && !tokens[last + 2]?.space) {
    last += 2
    slashParts.push(last)
  }
  const after = tokens[last + 1]
  if (after && after.kind === 'punct' && (after.text === '/' || DASHES.has(after.text)) && !after.space) {
    const word = tokens[last + 2]
    if (word?.kind === 'word' && !word.space && (after.text === '/' || /^\p{Lu}/u.test(word.text))) return skip(last + 3)
  }
  if (slashParts.length >= 3) return skip(last + 1)

  const first = parseVietnameseNumber(token.text, evidence)
  if (!first || token.text.length > 40) return skip(last + 1)
  const timeLabel = previousKey(tokens, index - 1, TIME_LABEL_SET)

  if (slashParts.length === 2) {
    const denominatorToken = tokens[last] ?? END
    const denominator = parseVietnameseNumber(denominatorToken.text, evidence)
    const unit = matchUnit(source, tokens, last + 1)
    if (!denominator || unit === 'identifier' || !isRealUnit(unit) || timeLabel) return skip(last + 1)
    const figure = newFigure(index, unit.end, first.value, null, null, unit, source, tokens, [first, denominator])
    figure.denominator = denominator.value
    return {figure: finishFigure(reader, figure), next: figure.last + 1}
  }

  // a number, maybe the first end of a range
  const unitA = matchUnit(source, tokens, index + 1)
  if (unitA === 'identifier') return skip(index + 2)
  const afterA = unitA ? unitA.end + 1 : index + 1
  const range = readRangeEnd(reader, index, first, unitA, afterA)
  if (range) {
    const fromRange = tokens[index - 1]?.key === 'từ'
    const unit = range.unit ?? unitA
    const lastToken = unit && range.unit ? unit.end : range.endToken
    const figure: Figure = {
      ...newFigure(index, lastToken, null, first.value, range.value.value, unit, source, tokens, [first, range.value]),
      fromRange
    }
    if (range.unit === null && unitA) figure.unitText = textOf(source, tokens, unitA.start, unitA.end)
    return {figure: finishFigure(reader, figure), next: figure.last + 1}
  }

  // years and year ranges: "năm 2024", "2021-2025", "(giá SS 2010)"
  const connector = tokens[afterA]
  const yearPartner =
    connector && (RANGE_SET.has(connector.key) || DASHES.has(connector.text)) && isYearLike(tokens[afterA + 1] ?? END) ? afterA + 2 : index + 1
  if (isYearLike(token) && (!isMeasureUnit(unitA) || timeLabel)) return skip(yearPartner)
  if (timeLabel && !isRealUnit(unitA)) return skip(yearPartner)

  // labels: "lớp 1", "Điều 2", "Nghị quyết số 98"; not "tổng số 500 lao động"
  const label = matchBackward(tokens, index - 1, LABEL_SET)
  if (label && !isRealUnit(unitA)) {
    const labelStart = index - label[1]
    const countWord = label[1] === 1 && tokens[labelStart]?.key === 'số' && tokens[labelStart - 1]?.key === 'tổng'
    if (!countWord) return skip(index + 1)
  }

  if (!unitA && (isHeadingNumber(reader, index) || isNamePart(tokens, index))) return skip(index + 1)

  const figure = newFigure(index, unitA ? unitA.end : index, first.value, null, null, unitA, source, tokens, [first])
  return {figure: finishFigure(reader, figure), next: figure.last + 1}
}

/** "3. 6. Tiếp tục …", "2) Tỷ lệ …": a number opening a clause, followed by "." or ")" and a capital. */
function isHeadingNumber(reader: Reader, index: number): boolean {
  const {tokens, structure} = reader
  const mark = tokens[index + 1]
  const next = tokens[index + 2]
  if (!mark || mark.space || (mark.text !== '.' && mark.text !== ')')) return false
  if (next && (!next.space || !/^\p{Lu}/u.test(next.text)) && next.kind !== 'num') return false
  let before = index - 1
  while (before >= 0 && tokens[before]?.kind === 'punct' && !structure.hard[before] && '-+*•–('.includes(tokens[before]?.text ?? '')) before--
  return before < 0 || structure.hard[before] === 1 || (tokens[before]?.kind === 'num' && tokens[before + 1]?.text === '.')
}

/** "Cụm công nghiệp Cổng Khánh 3", "giống lúa SV 181", "ISO 9001": a bare number that ends a proper name. */
function isNamePart(tokens: readonly Token[], index: number): boolean {
  const name = tokens[index - 1]
  if (!name || name.kind !== 'word' || !tokens[index]?.space || !/^\p{Lu}/u.test(name.text)) return false
  const acronym = name.text.length >= 2 && name.text === name.text.toUpperCase()
  return acronym || tokens[index - 2]?.kind === 'word'
}

/** Index of the first token that is not a bullet or an opening bracket. */
function leadingIndex(tokens: readonly Token[]): number {
  let index = 0
  while (index < tokens.length && tokens[index]?.kind === 'punct' && '-+*•–(['.includes(tokens[index]?.text ?? '')) index++
  return index
}

function readRangeEnd(
  reader: Reader,
  index: number,
  first: ParsedNumber,
  unitA: UnitMatch | null,
  at: number
): {value: ParsedNumber; unit: UnitMatch | null; endToken: number} | null {
  const {source, tokens, evidence} = reader
  const connector = tokens[at]
  const second = tokens[at + 1]
  if (!connector || !second || second.kind !== 'num') return null
  const isDash = connector.kind === 'punct' && (DASHES.has(connector.text) || connector.text === '÷' || connector.text === '~')
  const isWord = connector.kind === 'word' && RANGE_SET.has(connector.key)
  if (!isDash && !isWord) return null
  if (isPunct(tokens[at + 2], '/') && !tokens[at + 2]?.space) return null // "15-20/10": dates
  const value = parseVietnameseNumber(second.text, evidence)
  if (!value || value.value <= first.value) return null
  const unitB = matchUnit(source, tokens, at + 2)
  if (unitB === 'identifier') return null
  const yearA = isYearLike(tokens[index] ?? END)
  const yearB = isYearLike(second)
  if ((yearA || yearB) && !isMeasureUnit(unitB) && !isMeasureUnit(unitA)) return null
  if (unitA && unitB && unitA.base !== unitB.base) return null
  if (unitA && !unitB && isWord) return null
  return {value, unit: unitB, endToken: unitB ? unitB.end : at + 1}
}

const textOf = (source: string, tokens: readonly Token[], start: number, end: number): string =>
  collapse(source.slice(tokens[start]?.start ?? 0, tokens[end]?.end ?? 0))

function newFigure(
  first: number,
  last: number,
  value: number | null,
  min: number | null,
  max: number | null,
  unit: UnitMatch | null,
  source: string,
  tokens: readonly Token[],
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
    unitText: unit ? textOf(source, tokens, unit.start, unit.end) : null,
    suffix: null,
    readings,
    fromRange: false,
    baseline: false,
    qualifier: false
  }
}

/** Read what follows the unit: a "per" base ("80 trên 100 dân"), "trở lên"/"trở xuống". */
function finishFigure(reader: Reader, figure: Figure): Figure {
  const {source, tokens, evidence} = reader
  // "giường bệnh trên 1 vạn dân", "người dùng 80 trên 100 dân"
  const perWord = matchForward(tokens, figure.last + 1, PER_UNIT_SET)
  if (perWord > 0 && figure.unit?.kind !== 'percent') {
    const baseToken = tokens[figure.last + 1 + perWord]
    const base = baseToken?.kind === 'num' ? parseVietnameseNumber(baseToken.text, evidence) : null
    if (base && PER_BASES.has(base.value)) {
      const unit = matchUnit(source, tokens, figure.last + 2 + perWord)
      if (isRealUnit(unit) && unit.kind !== 'percent') {
        if (figure.unit === null && figure.denominator === null) {
          figure.denominator = base.value
          figure.unit = unit
          figure.unitText = textOf(source, tokens, unit.start, unit.end)
        } else if (figure.unit !== null) {
          const per = lowerText(source, tokens, figure.last + 1, unit.end)
          figure.unit = {...figure.unit, base: `${figure.unit.base} ${per}`, per: null}
          figure.unitText = textOf(source, tokens, figure.unit.start, unit.end)
        }
        figure.last = unit.end
      }
    }
  }
  let node: TrieNode<Comparator> | undefined = SUFFIXES
  for (let at = figure.last + 1; at < tokens.length && node; at++) {
    node = node.next.get(tokens[at]?.key ?? '')
    if (node?.value) {
      figure.suffix = node.value
      figure.last = at
      break
    }
  }
  // "từ 3% xuống 2%": the first figure is where the change starts
  if (tokens[figure.first - 1]?.key === 'từ' && figure.min === null) {
    const next = tokens[figure.last + 1]
    if (next && ['lên', 'xuống', 'còn', 'đến', 'tới'].includes(next.key)) {
      const target = tokens[figure.last + 2]?.kind === 'num' ? 2 : tokens[figure.last + 3]?.kind === 'num' ? 3 : 0
      if (target > 0) figure.baseline = true
    }
  }
  return figure
}

// ---------------------------------------------------------------------------------------------------
// Qualifiers
// ---------------------------------------------------------------------------------------------------

const QUALIFIER_SKIP = new Set(['dưới', 'trên', 'từ', 'đủ', '≥', '≤', '>', '<', 'khoảng', 'gần', 'có'])

function markQualifiers(reader: Reader, figures: Figure[]): void {
  const {tokens, structure} = reader
  for (let index = 0; index < figures.length; index++) {
    const figure = figures[index]
    if (!figure) continue
    const next = figures[index + 1]
    const laterInClause = next !== undefined && (structure.clause[next.first] ?? -1) === (structure.clause[figure.first] ?? -2)
    let before = figure.first - 1
    let skipped = 0
    while (before >= 0 && skipped < 3 && QUALIFIER_SKIP.has(tokens[before]?.key ?? '')) {
      before--
      skipped++
    }
    const kind = figure.unit?.kind
    if (kind === 'age' && matchBackward(tokens, before, POPULATION_SET)) figure.qualifier = true
    else if (kind === 'length' && laterInClause && nearDimension(tokens, before)) figure.qualifier = true
    else if (
      figure.value === 1 &&
      kind !== undefined &&
      kind !== 'percent' &&
      laterInClause &&
      matchBackward(tokens, figure.first - 1, PER_UNIT_SET)
    ) {
      figure.qualifier = true
    }
  }
}

/** A dimension word among the few words before `index`: "chiều rộng mặt đường ≥ 5m". */
function nearDimension(tokens: readonly Token[], index: number): boolean {
  for (let at = index; at >= 0 && at > index - 4; at--) {
    if (tokens[at]?.kind !== 'word') return false
    if (matchBackward(tokens, at, DIMENSION_SET)) return true
  }
  return false
}

/** "9,3 bác sỹ và 31 giường bệnh/1 vạn dân": the "/1 vạn dân" applies to both. */
function shareRatios(reader: Reader, figures: readonly Figure[]): void {
  const {tokens, structure} = reader
  for (let index = 0; index + 1 < figures.length; index++) {
    const figure = figures[index]
    const next = figures[index + 1]
    if (!figure?.unit || !next?.unit?.per || figure.unit.per || figure.unit.guessed) continue
    if (next.first !== figure.last + 2 || !structure.soft[figure.last + 1]) continue
    const kinds: readonly UnitKind[] = ['people', 'count']
    if (!kinds.includes(figure.unit.kind) || !kinds.includes(next.unit.kind)) continue
    figure.unit = {...figure.unit, base: figure.unit.base + next.unit.per, per: next.unit.per}
    figure.unitText = `${figure.unitText ?? ''}${next.unit.per.replace(/^\//, '/')}`
    void tokens
  }
}

// ---------------------------------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------------------------------

interface Reading {
  readonly figure: Figure
  /** first token of the words that govern the figure (comparators, verb, linking words) */
  readonly modStart: number
  readonly comparators: readonly Comparator[]
  readonly direction: Direction
  readonly particle: boolean
  readonly hold: boolean
  readonly aspiration: boolean
  /** the metric region: tokens [regionStart, modStart) */
  readonly regionStart: number
  /** the region ended at the previous figure with nothing between (a continuation: "đạt X, tăng Y") */
  readonly continuation: boolean
}

/** Walk back from the figure through the words that govern it. */
function readModifiers(
  reader: Reader,
  figure: Figure,
  baselineByLast: ReadonlyMap<number, Figure>
): Pick<Reading, 'modStart' | 'comparators' | 'direction' | 'particle' | 'hold' | 'aspiration'> {
  const {tokens, structure} = reader
  const comparators: Comparator[] = []
  let direction: Direction = null
  let particle = false
  let hold = false
  let aspiration = false
  let at = figure.first - 1
  let modStart = figure.first
  for (let steps = 0; steps < 12 && at >= 0; steps++) {
    const baseline = baselineByLast.get(at)
    if (baseline) {
      // "giảm từ 3,5% xuống còn 2,5%": read over the starting figure and its "từ"
      modStart = baseline.first - 1
      at = baseline.first - 2
      continue
    }
    if (structure.hard[at]) break
    const found = matchBackward(tokens, at, MODIFIERS)
    if (!found) break
    const [modifier, length] = found
    const start = at - length + 1
    if (modifier.role === 'direction') {
      if (matchBackward(tokens, start - 1, NOUN_HEAD_SET)) break // "tốc độ tăng 8%": the rate itself
      direction = modifier.direction
      modStart = start
      break
    }
    if (modifier.role === 'comparator') comparators.push(modifier.comparator)
    else if (modifier.role === 'particle') particle = true
    else if (modifier.role === 'hold') hold = true
    else if (modifier.role === 'aspiration') aspiration = true
    else if (modifier.role === 'from' && figure.min === null) comparators.push('gte')
    modStart = start
    at = start - 1
    if (modifier.role === 'hold') break
  }
  return {modStart, comparators, direction, particle, hold, aspiration}
}

/** Walk back from the governing words to where the figure's metric starts. */
function readRegion(
  reader: Reader,
  modStart: number,
  previousEnd: number
): {regionStart: number; continuation: boolean; aspiration: boolean; hold: boolean} {
  const {tokens, structure} = reader
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
    const token = tokens[at] ?? END
    if (structure.hard[at]) {
      stop = at
      break
    }
    const partner = structure.match[at] ?? -1
    if ((token.text === ')' || token.text === ']') && partner >= 0 && partner < at) {
      at = partner - 1
      continue
    }
    if (token.text === '(' || token.text === '[') {
      stop = at
      break
    }
    if (structure.soft[at]) soft = at
    at--
  }
  if (at < 0 || steps >= 80) stop = at
  let regionStart = byFigure && soft >= 0 ? soft : stop + 1
  const continuation = byFigure && soft < 0
  let aspiration = false
  let hold = false
  // skip the separators and connectors that open the region
  while (regionStart < modStart) {
    const token = tokens[regionStart] ?? END
    if (structure.soft[regionStart] || (token.kind === 'punct' && token.text !== '(')) {
      if (structure.aspiration[regionStart]) aspiration = true
      regionStart++
      continue
    }
    const holdLength = matchForward(tokens, regionStart, HOLD_SET)
    if (holdLength > 0) {
      hold = true
      regionStart += holdLength
      continue
    }
    const edge = matchForward(tokens, regionStart, METRIC_EDGE_SET)
    if (edge > 0) {
      regionStart += edge
      continue
    }
    const time = skipTimeAdverbial(tokens, regionStart, modStart)
    if (time > regionStart) {
      regionStart = time
      continue
    }
    break
  }
  for (let index = regionStart; index < modStart; index++) {
    if (structure.aspiration[index]) aspiration = true
    if (matchForward(tokens, index, HOLD_SET) > 0) hold = true
  }
  return {regionStart, continuation, aspiration, hold}
}

const TIME_PREPOSITIONS = new Set(['đến', 'tới', 'trong', 'từ', 'hết', 'cuối', 'đầu', 'vào', 'sau', 'trước'])

/** Past a time adverbial opening a clause: "Năm 2025, …", "đến hết năm 2023, …", "giai đoạn 2021-2025". */
function skipTimeAdverbial(tokens: readonly Token[], index: number, limit: number): number {
  let at = index
  while (at < limit && TIME_PREPOSITIONS.has(tokens[at]?.key ?? '')) at++
  if (tokens[at]?.key === 'năm') at++
  else if (tokens[at]?.key === 'giai' && tokens[at + 1]?.key === 'đoạn') at += 2
  else return index
  if (!isYearLike(tokens[at] ?? END)) return index
  at++
  if (DASHES.has(tokens[at]?.text ?? '') && isYearLike(tokens[at + 1] ?? END)) at += 2
  return Math.min(at, limit)
}

/** A clause that opens with a change verb: "Giảm tỷ lệ sinh là 0,07 ‰" (not "Tăng cường", "Tăng trưởng kinh tế"). */
function openingDirection(reader: Reader, regionStart: number, modStart: number): {direction: 'increase' | 'decrease'; length: number} | null {
  const {tokens} = reader
  const length = matchForward(tokens, regionStart, DIRECTION_OPENERS)
  if (length === 0 || regionStart + length >= modStart) return null
  if (OPENER_BLOCKER_SET.has(tokens[regionStart + length]?.key ?? '')) return null
  const key = tokens
    .slice(regionStart, regionStart + length)
    .map((token) => token.key)
    .join(' ')
  const direction = DIRECTION_BY_PHRASE.get(key)
  return direction ? {direction, length} : null
}

const BOUNDS: readonly Comparator[] = ['gt', 'gte', 'lt', 'lte']

function chooseComparator(figure: Figure, comparators: readonly Comparator[]): Comparator {
  if (figure.min !== null) return 'range'
  if (figure.suffix) return figure.suffix
  // nearest bound first (the list runs from the figure backwards), then a hedge, then eq
  const bound = comparators.find((comparator) => BOUNDS.includes(comparator))
  if (bound) return bound
  if (comparators.includes('approx')) return 'approx'
  return 'eq'
}

const scaled = (value: number | null, factor: number): number | null =>
  value === null ? null : factor === 1 ? value : Number((value * factor).toPrecision(15))

/**
 * The figure with its scale applied. Shares (% and ‰) keep their value and unit: 12 % is normalised to
 * {value: 12, unit: "%"}, so that normalised values stay comparable with the text. A unit made of a scale
 * word alone ("23 triệu") normalises to a plain count with unit "". No unit: null.
 */
function normalize(figure: Figure): NormalizedQuantity | null {
  const unit = figure.unit
  if (!unit) return null
  return {
    value: scaled(figure.value, unit.factor),
    min: scaled(figure.min, unit.factor),
    max: scaled(figure.max, unit.factor),
    unit: unit.base
  }
}

function capitalize(text: string): string {
  return text.length === 0 ? text : (text[0] ?? '').toUpperCase() + text.slice(1)
}

/** Trim connectors and punctuation at both ends of a token span; null if nothing with letters is left. */
function spanText(reader: Reader, start: number, end: number, limit = 40, before = true): string | null {
  const {source, tokens, structure} = reader
  let from = start
  let to = end
  if (!before) {
    // words after a figure: up to an aspiration or detail clause ("… đề phấn đấu …", "… trong đó …")
    for (let at = from; at <= to; at++) {
      if (structure.aspiration[at] || (structure.soft[at] && tokens[at]?.kind === 'word' && tokens[at]?.key !== 'và')) {
        to = at - 1
        break
      }
    }
  }
  while (from <= to) {
    const token = tokens[from] ?? END
    const edge = before ? matchForward(tokens, from, METRIC_EDGE_SET) : tokens[from]?.key === 'các' ? 1 : 0
    if (token.kind === 'punct' && token.text !== '(') from++
    else if (edge > 0 && from + edge - 1 <= to) from += edge
    else break
  }
  while (to >= from) {
    const token = tokens[to] ?? END
    const edge = matchBackward(tokens, to, METRIC_EDGE_SET)
    if (token.kind === 'punct' && token.text !== ')') to--
    else if (edge && to - edge[1] + 1 >= from) to -= edge[1]
    else break
  }
  if (to < from) return null
  if (to - from + 1 > limit) from = to - limit + 1
  let text = collapse(source.slice(tokens[from]?.start ?? 0, tokens[to]?.end ?? 0))
  // unbalanced brackets left by the cut
  if (text.includes('(') && !text.includes(')')) text = text.replace(/\s*\([^)]*$/, '')
  if (!/\p{L}/u.test(text)) return null
  return text.length > 160 ? text.slice(0, text.lastIndexOf(' ', 160) > 0 ? text.lastIndexOf(' ', 160) : 160) : text
}

/** Extract every measurable figure of one indicator text as a target. Never throws. */
export function parseTargets(text: string, options: ParseTargetsOptions = {}): Target[] {
  const source = cleanText(text)
  const tokens = tokenize(source)
  if (!tokens.some((token) => token.kind === 'num')) return []
  const structure = analyse(tokens)
  const reader: Reader = {source, tokens, structure, evidence: options.evidence ?? collectSeparatorEvidence(source)}
  const all = findFigures(reader)
  markQualifiers(reader, all)
  const baselineByLast = new Map(all.filter((figure) => figure.baseline).map((figure) => [figure.last, figure]))
  const figures = all.filter((figure) => !figure.qualifier && !figure.baseline)
  shareRatios(reader, figures)

  // first pass: governing words and metric regions
  const previousEndByGroup = new Map<number, number>()
  const readings: Reading[] = []
  for (const figure of figures) {
    const modifiers = readModifiers(reader, figure, baselineByLast)
    const group = structure.group[figure.first] ?? -1
    const region = readRegion(reader, modifiers.modStart, previousEndByGroup.get(group) ?? -1)
    previousEndByGroup.set(group, figure.last)
    readings.push({
      figure,
      ...modifiers,
      regionStart: region.regionStart,
      continuation: region.continuation,
      aspiration: modifiers.aspiration || region.aspiration,
      hold: modifiers.hold || region.hold
    })
  }

  // second pass: targets
  const targets: Target[] = []
  let previous: {metric: string | null; direction: Direction} | null = null
  for (let index = 0; index < readings.length; index++) {
    const reading = readings[index]
    if (!reading) continue
    const {figure} = reading
    const flags: string[] = []
    for (const parsed of figure.readings) {
      if (parsed.ambiguous && !flags.includes(TARGET_FLAGS.ambiguousSeparator)) flags.push(TARGET_FLAGS.ambiguousSeparator)
      if (parsed.style === 'en' && !flags.includes(TARGET_FLAGS.englishSeparator)) flags.push(TARGET_FLAGS.englishSeparator)
    }
    if (figure.unit?.guessed) flags.push(TARGET_FLAGS.unitGuessed)

    // direction: the verb before the figure, else a verb opening the clause, else the shared verb
    let direction = reading.direction
    let regionStart = reading.regionStart
    if (direction === null && !reading.hold) {
      const opening = openingDirection(reader, regionStart, reading.modStart)
      if (opening) {
        direction = opening.direction
        regionStart += opening.length // "Giảm tỷ lệ sinh là 0,07 ‰": the metric is "tỷ lệ sinh"
      }
    }

    // metric: the words before the figure, else the words after it ("95,8% gia đình văn hoá"), else
    // the previous figure's when the clause only restates it (", tăng 19% so với năm 2022", ", phấn đấu trên 8%")
    let metric = spanText(reader, regionStart, reading.modStart - 1)
    const next = readings[index + 1]
    const afterEnd = Math.min(
      next && (structure.group[next.figure.first] ?? -1) === (structure.group[figure.first] ?? -1) ? next.regionStart - 1 : tokens.length - 1,
      clauseEnd(reader, figure.last)
    )
    const after = spanText(reader, figure.last + 1, afterEnd, 25, false)
    const countable = figure.unit && ['people', 'count', 'admin'].includes(figure.unit.kind) && !figure.unit.guessed
    const unitWords = countable && figure.unit ? textOf(source, tokens, figure.unit.start + countScale(figure.unit, tokens), figure.unit.end) : null
    const governed = reading.direction !== null || reading.comparators.includes('eq')
    let restated = false
    if (metric === null) {
      if (previous && (reading.continuation || (governed && !reading.aspiration))) {
        metric = previous.metric
      } else if (after !== null && !(reading.aspiration && previous)) {
        metric = unitWords ? `${unitWords} ${after}` : after
      } else if (reading.aspiration && previous) {
        metric = previous.metric
        restated = true
      } else if (unitWords) {
        metric = unitWords
      }
    } else if (unitWords && after !== null && metric.split(' ').length <= 2 && reading.regionStart < figure.first) {
      // "Xây dựng 02 trường định kỳ …": a bare verb before the figure
      metric = `${metric} ${unitWords} ${after}`
    }

    if (direction === null && !reading.hold && previous?.direction && (reading.particle || (restated && after === null))) {
      direction = previous.direction
      flags.push(TARGET_FLAGS.directionCarried)
    }

    let rawFirst = Math.min(reading.modStart, figure.first)
    while (rawFirst < figure.first && tokens[rawFirst]?.kind === 'punct') rawFirst++
    const rawStart = tokens[rawFirst]?.start ?? 0
    const rawEnd = tokens[figure.last]?.end ?? rawStart
    const target: Target = {
      raw: source.slice(rawStart, rawEnd),
      metric: metric === null ? null : capitalize(metric),
      comparator: chooseComparator(figure, reading.comparators),
      direction,
      value: figure.value,
      min: figure.min,
      max: figure.max,
      unit: figure.unitText,
      denominator: figure.denominator,
      normalized: normalize(figure),
      flags
    }
    targets.push(target)
    previous = {metric: target.metric, direction}
  }
  return targets
}

/** Number of scale-word tokens at the start of a unit ("triệu lượt khách" -> 1). */
function countScale(unit: UnitMatch, tokens: readonly Token[]): number {
  let count = 0
  while (unit.start + count < unit.end && SCALES.has(tokens[unit.start + count]?.key ?? '')) count++
  return count
}

/** Last token of the clause that holds `index` (before the next hard boundary or closing bracket). */
function clauseEnd(reader: Reader, index: number): number {
  const {tokens, structure} = reader
  let at = index + 1
  for (let steps = 0; at < tokens.length && steps < 30; steps++, at++) {
    const token = tokens[at] ?? END
    if (structure.hard[at] || token.text === ')' || token.text === ']') return at - 1
    if (token.text === '(' || token.text === '[') {
      const partner = structure.match[at] ?? -1
      if (partner > at) at = partner
    }
  }
  return at - 1
}
