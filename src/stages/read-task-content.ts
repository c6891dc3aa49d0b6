/**
 * What a task's text commits to: its actions (clauses opened by a verb such as "Tập trung",
 * "Đẩy mạnh", "Hoàn thành") and its quantified commitments ("phấn đấu đạt từ 65 mô hình trở lên"),
 * parsed with the indicators' target parser; and the indicators a task serves where its text says so.
 */
import type {Indicator, Target, TaskAction, TaskCommitment} from '../schema.js'
import {ACTION_VERBS, AUXILIARY_VERBS, COMMITMENT_CUES_ANY_CASE} from '../vocabulary/actions.js'
import {foldForMatch} from '../vocabulary/orthography.js'
import type {Paragraph, Segment} from './parse-blocks.js'
import {parseTargets} from './parse-targets.js'
import {stripFootnoteMarkers} from './resolve-footnotes.js'
import {stripEmphasis} from './split-sections.js'
import {ITEM_END, trimEnd} from './trim.js'
import {isWhiteSpaceCode} from './white-space.js'

interface Verb {
  readonly verb: string
  readonly words: readonly string[]
}

/** Action verbs by their first word, longest first: one map lookup per clause instead of a scan. */
const VERBS_BY_FIRST_WORD = new Map<string, Verb[]>()
for (const verb of [...ACTION_VERBS].sort((a, b) => b.length - a.length)) {
  // Verbs are matched on the clause's words one by one (see `verbAt`).
  if (!/^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)*$/u.test(verb)) throw new Error(`action verb "${verb}": not words separated by one space`)
  const words = verb.split(' ')
  const first = words[0] as string
  VERBS_BY_FIRST_WORD.set(first, [...(VERBS_BY_FIRST_WORD.get(first) ?? []), {verb, words}])
}
/** A clause's verb is read in its first characters. */
const VERB_REACH = 40
const MAX_CLAUSE = 600
const UPPER_HERE = /\p{Lu}/uy
const LETTER_OR_MARK_HERE = /[\p{L}\p{M}]/uy
const LETTER = /\p{L}/u
const DIGIT = /\d/
const LEADING_BULLET = /^[-+•]\s+/

export interface TaskContent {
  readonly actions: TaskAction[]
  readonly commitments: TaskCommitment[]
}

/**
 * A paragraph of a task: its text from `from` (after the label); `clean`: that text as `cleanBodyText`
 * cleans it, if known; `plain`: cleaning changes no piece of the paragraph's text but by trimming it
 * (see `cleansByTrimming`), if known; `slot`: where to keep the paragraph's reading (else a cache keyed
 * by the paragraph), the same for every task that holds the paragraph; `oneStart`: the paragraph is
 * read from no other start (it has no label to be read after), so its clauses need not be kept.
 */
export interface TaskParagraph {
  readonly paragraph: Paragraph
  readonly from: number
  readonly clean?: string | undefined
  readonly plain?: boolean | undefined
  readonly slot?: ReadingSlot | undefined
  readonly oneStart?: boolean | undefined
}

/** Holds the reading of one paragraph (a caller that keeps a record per paragraph can lend it). */
export interface ReadingSlot {
  reading?: ParagraphReading | undefined
}

/**
 * Read the actions and commitments of a task's paragraphs. A paragraph belongs to its task and to every
 * enclosing one: its reading is cached.
 */
export function readTaskContent(paragraphs: readonly TaskParagraph[]): TaskContent {
  if (paragraphs.length === 1) {
    // the readings are cached: the task gets arrays of its own
    const content = readParagraphContent(paragraphs[0] as TaskParagraph)
    return {actions: content.actions.slice(), commitments: content.commitments.slice()}
  }
  const actions: TaskAction[] = []
  const commitments: TaskCommitment[] = []
  for (const item of paragraphs) {
    const content = readParagraphContent(item)
    for (const action of content.actions) actions.push(action)
    for (const commitment of content.commitments) commitments.push(commitment)
  }
  return {actions, commitments}
}

/** What one clause of a paragraph yields. */
interface ClauseReading {
  readonly action: TaskAction | null
  readonly commitments: readonly TaskCommitment[]
}

export interface ParagraphReading {
  /** Its clauses, kept for a reading from another start (null: not kept, see `oneStart`). */
  readonly kept: KeptClauses | null
  /** The content read from `from` (the first start it was read from), then from any other start. */
  from: number
  content: TaskContent
  other: OtherReading | null
}

/** The content of a paragraph read from another start (a heading paragraph: after its label, or whole). */
interface OtherReading {
  readonly from: number
  readonly content: TaskContent
  readonly next: OtherReading | null
}

/**
 * A paragraph's clauses' readings by where they start (ascending): a heading paragraph is read after its
 * label (for its task) and whole (for the enclosing ones), and the two readings share all but their
 * first clauses. Kept in arrays, not a map: clauses are looked up in order.
 */
interface KeptClauses {
  readonly starts: number[]
  /** Where each clause ends (`clauseEnd` from its start): a clause read again needs no search. */
  readonly ends: number[]
  readonly readings: Array<ClauseReading | null>
}

const READINGS = new WeakMap<Paragraph, ParagraphReading>()
const NO_COMMITMENTS: readonly TaskCommitment[] = []
/** The reading of a paragraph without actions or commitments (never handed out: `readTaskContent` copies). */
const NO_CONTENT: TaskContent = {actions: [], commitments: []}

/** Sentences, then the clauses of a sentence separated by ";". */
function readParagraphContent({paragraph, from, clean, plain, slot, oneStart}: TaskParagraph): TaskContent {
  let reading = slot ? slot.reading : READINGS.get(paragraph)
  if (reading !== undefined) {
    if (reading.from === from) return reading.content
    for (let other = reading.other; other !== null; other = other.next) if (other.from === from) return other.content
  }
  const text = paragraph.text
  // Text that cleaning leaves as it is (no footnote marker, emphasis or run of white space) only needs
  // trimming clause by clause: clauses are cut at punctuation, which the marker and emphasis rules do
  // not look across.
  const trimOnly = plain ?? (clean !== undefined && clean === (from === 0 ? text : text.slice(from)))
  // Most paragraphs are read from one start only: their clauses are read and let go. A labelled one is
  // read whole first by the tasks that enclose its own (they are read first), then after its label: it
  // keeps its clauses if read whole first. (Read again without them, a paragraph is read anew.)
  const kept = reading ? reading.kept : oneStart === true || from > 0 ? null : {starts: [], ends: [], readings: []}
  let actions: TaskAction[] | null = null
  let commitments: TaskCommitment[] | null = null
  // the first digit at or after the clause's start (a clause without one in its text has no commitment)
  let digit = -2
  let start = from
  // where `start` is, or would go, in `kept.starts`
  let at = 0
  // `CLAUSE_ENDS` reads this text (once a clause is not kept)
  let scanning = false
  for (;;) {
    let clause: ClauseReading | null
    let index: number
    if (kept !== null) while (at < kept.starts.length && (kept.starts[at] as number) < start) at++
    if (kept !== null && at < kept.starts.length && kept.starts[at] === start) {
      clause = kept.readings[at] as ClauseReading | null
      index = kept.ends[at] as number
    } else {
      if (!scanning) {
        CLAUSE_ENDS.reset(text)
        scanning = true
      }
      index = CLAUSE_ENDS.after(start)
      const end = index < 0 ? text.length : index
      if (digit !== -1 && digit < start) digit = nextDigit(text, start)
      clause = readClause(paragraph, start, end, trimOnly, digit < end ? digit : -1)
      if (kept === null) {
        // not kept
      } else if (at === kept.starts.length) {
        kept.starts.push(start)
        kept.ends.push(index)
        kept.readings.push(clause)
      } else {
        kept.starts.splice(at, 0, start)
        kept.ends.splice(at, 0, index)
        kept.readings.splice(at, 0, clause)
      }
    }
    if (clause) {
      if (clause.action) (actions ??= []).push(clause.action)
      for (const commitment of clause.commitments) (commitments ??= []).push(commitment)
    }
    if (index < 0) break
    start = index + 1
  }
  // (the reader lives at module level: it lets go of the text, which may be a view of the whole document)
  if (scanning) CLAUSE_ENDS.reset('')
  const content = actions === null && commitments === null ? NO_CONTENT : {actions: actions ?? [], commitments: commitments ?? []}
  if (reading === undefined) {
    reading = {kept, from, content, other: null}
    if (slot) slot.reading = reading
    else READINGS.set(paragraph, reading)
  } else reading.other = {from, content, next: reading.other}
  return content
}

const DIGITS = /\d/g

/** The index of the first digit of `text` at or after `from`, or -1. */
function nextDigit(text: string, from: number): number {
  DIGITS.lastIndex = from
  return DIGITS.test(text) ? DIGITS.lastIndex - 1 : -1
}

/**
 * The end of the clause that starts at `from`: the index of the next ";" or sentence end (". " before a
 * capital, or "." with only white space after it), or -1 if the clause runs to the end of the text.
 * The same as the regex /;|[.!?](?=\s+\p{Lu}|\s*$)/gu, with the lookahead checked by hand.
 */
export function clauseEnd(text: string, from: number): number {
  return new ClauseEnds(text).after(from)
}

/**
 * The clause ends of one text (`clauseEnd`), found from starts that mostly only grow (a paragraph is
 * read clause by clause): it keeps where the next ";", ".", "!" and "?" stand, each found by a native
 * search (`indexOf`), and searches again only for the marks a start has passed. A text holds few of
 * them: a regex for the class of the four, run once per clause, cost three times as much.
 */
export class ClauseEnds {
  private text = ''
  /** The start the positions below were found from (a start before it searches again). */
  private from = 0
  /** The index of the next ";" at or after `from`, or -1 (none left). */
  private semicolon = -1
  private period = -1
  private exclamation = -1
  private question = -1

  constructor(text = '') {
    this.reset(text)
  }

  /** Read `text` from its start (one instance serves text after text). */
  reset(text: string): void {
    this.text = text
    this.from = 0
    this.semicolon = text.indexOf(';')
    this.period = text.indexOf('.')
    this.exclamation = text.indexOf('!')
    this.question = text.indexOf('?')
  }

  /** `clauseEnd(text, from)`. */
  after(from: number): number {
    const text = this.text
    if (from < this.from) this.reset(text)
    this.from = from
    const length = text.length
    for (let at = from; ; ) {
      if (this.semicolon >= 0 && this.semicolon < at) this.semicolon = text.indexOf(';', at)
      if (this.period >= 0 && this.period < at) this.period = text.indexOf('.', at)
      if (this.exclamation >= 0 && this.exclamation < at) this.exclamation = text.indexOf('!', at)
      if (this.question >= 0 && this.question < at) this.question = text.indexOf('?', at)
      let index = this.period
      if (this.exclamation >= 0 && (index < 0 || this.exclamation < index)) index = this.exclamation
      if (this.question >= 0 && (index < 0 || this.question < index)) index = this.question
      if (this.semicolon >= 0 && (index < 0 || this.semicolon < index)) return this.semicolon
      if (index < 0) return -1
      let next = index + 1
      while (next < length && isWhiteSpaceCode(text.charCodeAt(next))) next++
      if (next === length || (next > index + 1 && isUpperAt(text, next))) return index
      at = index + 1
    }
  }
}

/** The clause ends of the paragraph being read (`readParagraphContent` reads one at a time). */
const CLAUSE_ENDS = new ClauseEnds()

function isUpperAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) return code >= 65 && code <= 90
  UPPER_HERE.lastIndex = index
  return UPPER_HERE.test(text)
}

/**
 * The clause from `start` to `end` (exclusive): null if it is empty once cleaned, else its action verb
 * and commitments. `trimOnly`: the paragraph's text needs no cleaning but trimming. `digit`: the index
 * of the first digit of its raw text, or -1 (cleaning adds none).
 */
function readClause(paragraph: Paragraph, start: number, end: number, trimOnly: boolean, digit: number): ClauseReading | null {
  const source = paragraph.text
  let lead = start
  while (lead < end && isWhiteSpaceCode(source.charCodeAt(lead))) lead++
  let text: string
  // the clause's text holds a digit
  let numeric: boolean
  let verb: string | null
  if (trimOnly) {
    // `raw.trim()` and the leading bullet, by index: one copy, of at most `MAX_CLAUSE` characters, made
    // only for a clause with a verb or a digit (the verb is read in the paragraph's text)
    let tail = end
    while (tail > lead && isWhiteSpaceCode(source.charCodeAt(tail - 1))) tail--
    if (lead === tail) return null
    let first = lead
    const code = source.charCodeAt(first)
    if ((code === 45 || code === 43 || code === 0x2022) && first + 1 < tail && isWhiteSpaceCode(source.charCodeAt(first + 1))) {
      first += 2
      while (isWhiteSpaceCode(source.charCodeAt(first))) first++
    }
    const cut = Math.min(tail, first + MAX_CLAUSE)
    // no digit before `first` (white space and a bullet) nor after `tail` (white space)
    numeric = digit >= 0 && digit < cut
    verb = readVerbIn(source, first, cut)
    if (!verb && !numeric) return NO_READING
    text = source.slice(first, cut)
  } else {
    const raw = source.slice(start, end)
    let clean = stripEmphasis(paragraph.markerFree === true ? raw : stripFootnoteMarkers(raw).text)
    if (!clean) return null
    const first = clean.charCodeAt(0)
    // (`clean` is trimmed, so text is left after a bullet, which must be followed by white space)
    if (first === 45 || first === 43 || first === 0x2022) clean = clean.replace(LEADING_BULLET, '')
    text = clean.length > MAX_CLAUSE ? clean.slice(0, MAX_CLAUSE) : clean
    numeric = digit >= 0 && DIGIT.test(text)
    verb = readVerb(text)
  }
  const commitment = numeric && COMMITMENT_CUES_ANY_CASE.test(text)
  if (!verb && !commitment) return NO_READING
  const line = lineAt(paragraph, lead)
  const action = verb ? {verb, text: trimEnd(text, ITEM_END), line} : null
  if (!commitment) return {action, commitments: NO_COMMITMENTS}
  const commitments: TaskCommitment[] = []
  for (const target of parseTargets(text)) commitments.push(commitmentOf(target, line))
  return {action, commitments}
}

/**
 * `{...target, line}` as one literal, in the schema's key order (the record's order in any case: a
 * record with keys out of order is put in order by zod). A spread with an added key, or `Object.assign`,
 * copies key by key; a field added to the schema is a type error here until it is copied.
 */
function commitmentOf(target: Target, line: number): TaskCommitment {
  const {raw, metric, comparator, direction, value, min, max, unit, denominator, normalized, flags} = target
  return {raw, metric, comparator, direction, value, min, max, unit, denominator, normalized, flags, line}
}

/** `locate(paragraph, offset).line`, without the position object. */
function lineAt(paragraph: Paragraph, offset: number): number {
  const segments = paragraph.segments
  let line = (segments[0] as Segment).line
  for (const segment of segments) {
    if (segment.offset > offset) break
    line = segment.line
  }
  return line
}

/** A clause with neither an action nor a commitment. */
const NO_READING: ClauseReading = {action: null, commitments: NO_COMMITMENTS}

/**
 * The action verb a clause opens with (in its first 40 characters, as `foldForMatch` spells it),
 * skipping an auxiliary before another verb.
 */
export function readVerb(clause: string): string | null {
  return readVerbIn(clause, 0, clause.length)
}

/** `readVerb(text.slice(start, end))`, read in `text`. */
export function readVerbIn(text: string, start: number, end: number): string | null {
  const limit = Math.min(end, start + VERB_REACH)
  const first = verbAt(text, start, limit)
  if (!first) return null
  if (AUXILIARY_VERBS.has(first.verb)) {
    let at = start + first.verb.length
    while (at < limit && isWhiteSpaceCode(text.charCodeAt(at))) at++
    const second = verbAt(text, at, limit)
    if (second) return second.verb
  }
  return first.verb
}

/**
 * The verb at `at`: its words are the clause's words there, folded one by one (folding works letter by
 * letter and a tone mark moves only within a word, so a word folds alone as it does in its text), the
 * last may be followed by a combining mark. A matched verb spans as many characters as it has.
 */
function verbAt(clause: string, at: number, limit: number): Verb | null {
  const firstEnd = wordEnd(clause, at, limit)
  if (firstEnd === at) return null
  const verbs = knownWord(clause, at, firstEnd, wordHash).verbs
  if (!verbs) return null
  for (const verb of verbs) if (wordsFollow(clause, firstEnd, limit, verb.words)) return verb
  return null
}

/** Do the words of a verb after its first follow at `position` (the end of its first word), each after one space? */
function wordsFollow(clause: string, position: number, limit: number, words: readonly string[]): boolean {
  let end = position
  for (let index = 1; index < words.length; index++) {
    if (end >= limit || clause.charCodeAt(end) !== 32) return false
    const start = end + 1
    end = wordEnd(clause, start, limit)
    const folded = knownWord(clause, start, end, wordHash).folded
    const word = words[index] as string
    if (folded === word) continue
    // the last word may run on into combining marks, not letters
    return index === words.length - 1 && folded.startsWith(word) && !isLetterUnit(folded, word.length)
  }
  return true
}

/** The hash (`hashStep`) of the code units of the word the last `wordEnd` read. */
let wordHash = 0

const hashStep = (hash: number, code: number): number => (Math.imul(hash, 31) + code) | 0

/**
 * The end of the run of letters and marks (\p{L}, \p{M}) from `start`, before `limit`; its hash is
 * left in `wordHash` (the word is then looked up without reading it again).
 */
function wordEnd(text: string, start: number, limit: number): number {
  let index = start
  let hash = 0
  while (index < limit) {
    const code = text.charCodeAt(index)
    if (code < 128) {
      if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90))) break
    } else if (!((code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x300 && code <= 0x36f) || (code >= 0x1e00 && code <= 0x1eff))) {
      // not a Latin letter with diacritics, a combining mark or a Vietnamese letter: ask the regex
      LETTER_OR_MARK_HERE.lastIndex = index
      const match = LETTER_OR_MARK_HERE.exec(text)
      if (!match || index + match[0].length > limit) break
      if (match[0].length === 2) {
        // a letter beyond the basic plane: both halves of its surrogate pair
        hash = hashStep(hashStep(hash, code), text.charCodeAt(index + 1))
        index += 2
        continue
      }
    }
    hash = hashStep(hash, code)
    index++
  }
  wordHash = hash
  return index
}

/** Is the UTF-16 unit at `index` a letter on its own (false past the end)? */
function isLetterUnit(text: string, index: number): boolean {
  if (index >= text.length) return false
  const code = text.charCodeAt(index)
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
  return LETTER.test(text.charAt(index))
}

/** A word as written, as `foldForMatch` spells it and the verbs whose first word that is. */
interface KnownWord {
  readonly word: string
  readonly hash: number
  readonly folded: string
  readonly verbs: readonly Verb[] | undefined
  readonly next: KnownWord | null
}

/**
 * The words seen so far (clauses open with few distinct words), chained by a hash of their characters:
 * a known word is found without a copy or a fold.
 */
const KNOWN_WORDS = new Array<KnownWord | null>(1 << 12).fill(null)
const KNOWN_WORDS_MAX = 10_000
let knownWordCount = 0

/** The word `text[start, end)` whose code units hash to `hash` (`hashStep`), folded and looked up once. */
function knownWord(text: string, start: number, end: number, hash: number): KnownWord {
  const bucket = hash & (KNOWN_WORDS.length - 1)
  const length = end - start
  for (let entry = KNOWN_WORDS[bucket] ?? null; entry !== null; entry = entry.next) {
    if (entry.hash === hash && entry.word.length === length && text.startsWith(entry.word, start)) return entry
  }
  if (knownWordCount >= KNOWN_WORDS_MAX) {
    KNOWN_WORDS.fill(null)
    knownWordCount = 0
  }
  const word = text.slice(start, end)
  const folded = foldForMatch(word)
  const entry: KnownWord = {word, hash, folded, verbs: VERBS_BY_FIRST_WORD.get(folded), next: KNOWN_WORDS[bucket] ?? null}
  // A long word is not kept: V8 makes a slice of 13 or more characters a view of the whole clause text,
  // which the table would keep alive. Vietnamese words are far shorter.
  if (length < 13) {
    KNOWN_WORDS[bucket] = entry
    knownWordCount++
  }
  return entry
}

/**
 * The indicators a task serves, where its text states it: an explicit reference ("chỉ tiêu số 5",
 * "chỉ tiêu (5)") or a commitment that repeats an indicator's figure with the same unit
 * ("phấn đấu thu ngân sách … đạt trên 388,295 tỷ đồng" for "Tổng thu ngân sách … 388,295 tỷ đồng").
 */
export function linkIndicators(text: string, commitments: readonly TaskCommitment[], indicators: readonly Indicator[]): string[] {
  // most tasks link to none: the set is made for the first id
  let ids: Set<string> | null = null
  for (const number of explicitReferences(text)) {
    // "chỉ tiêu số 05" is the indicator labelled "(5)"
    const label = `(${Number(number)})`
    const indicator = indicators.find((candidate) => candidate.label === label)
    if (indicator) (ids ??= new Set()).add(indicator.id)
  }
  for (const commitment of commitments) {
    if (commitment.value === null || commitment.unit === null || commitment.unit === '%') continue
    ids = addIndicatorsWithFigure(ids, indicators, commitment.value, commitment.unit)
  }
  return ids === null ? [] : [...ids]
}

/**
 * The numbers of the indicators `text` refers to ("chỉ tiêu số 5", "Chỉ tiêu (5)"), in order: the
 * matches of /chỉ tiêu\s+(?:số\s+(\d{1,2})(?!\d)|\((\d{1,2})\))/giu. A task's text is searched for the
 * rare "ỉ" of "chỉ" (a fast search for one character) and each is checked by hand: the regex, case
 * insensitive, was tried at every character of every task's text, and a task's text holds its subtasks'.
 */
export function explicitReferences(text: string): readonly string[] {
  let numbers: string[] | null = null
  let lower = text.indexOf('ỉ')
  let upper = text.indexOf('Ỉ')
  while (lower >= 0 || upper >= 0) {
    let at: number
    if (upper < 0 || (lower >= 0 && lower < upper)) {
      at = lower
      lower = text.indexOf('ỉ', at + 1)
    } else {
      at = upper
      upper = text.indexOf('Ỉ', at + 1)
    }
    const number = referenceAt(text, at)
    if (number !== null) (numbers ??= []).push(number)
  }
  return numbers ?? NO_NUMBERS
}

const NO_NUMBERS: readonly string[] = []

/**
 * The indicator number of the reference whose "ỉ" is at `at`, or null. The characters the
 * case-insensitive regex matches for each of its letters are those whose simple case folding is the
 * letter's: "ſ" (long s) for "s", and no other beyond the two cases.
 */
function referenceAt(text: string, at: number): string | null {
  if (at < 2 || !isLetter(text, at - 2, 'c') || !isLetter(text, at - 1, 'h')) return null
  if (text.charCodeAt(at + 1) !== 32) return null
  if (!isLetter(text, at + 2, 't') || !isLetter(text, at + 3, 'i') || !isOneOf(text, at + 4, 'ê', 'Ê') || !isLetter(text, at + 5, 'u')) return null
  let next = at + 6
  const spaced = next
  while (next < text.length && isWhiteSpaceCode(text.charCodeAt(next))) next++
  if (next === spaced) return null
  if (text.charCodeAt(next) === 40 /* ( */) {
    const digits = digitsAt(text, next + 1)
    return digits > 0 && text.charCodeAt(next + 1 + digits) === 41 /* ) */ ? text.slice(next + 1, next + 1 + digits) : null
  }
  if (!(isLetter(text, next, 's') || text.charCodeAt(next) === 0x17f) || !isOneOf(text, next + 1, 'ố', 'Ố')) return null
  next += 2
  const before = next
  while (next < text.length && isWhiteSpaceCode(text.charCodeAt(next))) next++
  if (next === before) return null
  const digits = digitsAt(text, next)
  // "chỉ tiêu số 123" names no indicator of a list (and not the 12th)
  return digits > 0 && !isDigitCode(text.charCodeAt(next + digits)) ? text.slice(next, next + digits) : null
}

/** Is the character at `index` the lower-case ASCII letter `letter` in either case? */
function isLetter(text: string, index: number, letter: string): boolean {
  return (text.charCodeAt(index) | 32) === letter.charCodeAt(0)
}

function isOneOf(text: string, index: number, lower: string, upper: string): boolean {
  const code = text.charCodeAt(index)
  return code === lower.charCodeAt(0) || code === upper.charCodeAt(0)
}

/** How many ASCII digits, at most two, start at `index`. */
function digitsAt(text: string, index: number): number {
  let count = 0
  while (count < 2 && isDigitCode(text.charCodeAt(index + count))) count++
  return count
}

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57

/**
 * Add the ids of the indicators with a target of `value` in `unit`, in their order, to `ids` (made for
 * the first one). A scan of the indicators' targets: a document has a few dozen, and an index by figure
 * cost more to build (a key string per figure) than the scans of its tasks' few commitments.
 */
function addIndicatorsWithFigure(ids: Set<string> | null, indicators: readonly Indicator[], value: number, unit: string): Set<string> | null {
  for (const indicator of indicators) {
    for (const target of indicator.targets) {
      if (target.unit === unit && target.value !== null && sameFigure(target.value, value)) {
        ids ??= new Set()
        ids.add(indicator.id)
        break
      }
    }
  }
  return ids
}

/** Equal as figures written as text (`String(value)`) are: `===`, but NaN equals NaN. */
const sameFigure = (a: number, b: number): boolean => a === b || (a !== a && b !== b)
