/**
 * The tokenizer of the target parser (./parse-targets.ts) and the phrase tables it matches tokens
 * against.
 *
 * A text is read once into numbers (digits with inner "." and "," and thousands groups written with a
 * space), words (letters and digits) and single punctuation characters, kept as parallel typed columns.
 * Each distinct word is folded once (`foldForMatch`) and carries a set of key bits: which phrase tables
 * it opens or ends a phrase of, which key sets hold it, whether it has capitals. The parser rules most
 * tokens out by a bit test, and walks the tries of a table only from tokens that can start a match.
 *
 * The tables are built when the parser's module loads; `sealKeyTables()` is called once all are built,
 * so that the keys folded while building them (whose bits were partial) are folded again.
 */
import {foldForMatch} from '../vocabulary/orthography.js'
import {collapseWhiteSpace, isWhiteSpaceCode} from './white-space.js'


export const NUM = 1
export const WORD = 2
export const PUNCT = 3
/** added to a token's kind when whitespace (or the edge of the text) comes before it */
const SPACED = 4
/** added to a NUM token's kind when it holds more than digits (a "." or "," or a space group) */
const GROUPED = 8

const LETTER = /[\p{L}\p{M}]/u
const UPPER = /\p{Lu}/u

function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  // Vietnamese letters: Latin-1 and Latin Extended-A/B, combining marks, Latin Extended Additional
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7
  if ((code >= 0x300 && code <= 0x36f) || (code >= 0x1e00 && code <= 0x1eff)) return true
  return LETTER.test(text[index] ?? '')
}

export const isDigitCode = (code: number): boolean => code >= 48 && code <= 57

/** Whitespace other than the tab, which separates table cells and is read as a clause boundary. */
function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    code === 10 ||
    code === 13 ||
    code === 11 ||
    code === 12 ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** How the tokenizer reads a character code (one UTF-16 unit): */
const CHAR_SPACE = 1 // `isSpaceCode`
const CHAR_DIGIT = 2
const CHAR_LETTER = 3 // `isLetterAt`
const CHAR_BREAK = 4 // other whitespace (the tab): a punctuation token, and the spaces are not plain
const CHAR_OTHER = 5 // punctuation
const CHAR_UNKNOWN = 0
/** the bits of the class */
const CHAR_CLASS = 7
/**
 * Added to the class of a character that `cleanText` may change: "\\" and "$" (LaTeX), superscripts,
 * and whatever is not NFC-inert. A text with none of them is its own clean text.
 */
const CHAR_UNCLEAN = 8

/** The class of each character code, filled in as codes are met. */
const CHAR_CLASSES = new Uint8Array(0x10000)

function classifyChar(code: number): number {
  const unclean = isNfcInertCode(code) && code !== 92 && code !== 36 && !isSuperscriptCode(code) ? 0 : CHAR_UNCLEAN
  if (isSpaceCode(code)) return CHAR_SPACE | unclean
  if (isDigitCode(code)) return CHAR_DIGIT | unclean
  if (isLetterAt(String.fromCharCode(code), 0)) return CHAR_LETTER | unclean
  return (isWhiteSpaceCode(code) ? CHAR_BREAK : CHAR_OTHER) | unclean
}

/** The class of a character code, plus CHAR_UNCLEAN. */
function charClass(code: number): number {
  const known = CHAR_CLASSES[code] ?? CHAR_UNKNOWN
  if (known !== CHAR_UNKNOWN) return known
  const computed = classifyChar(code)
  CHAR_CLASSES[code] = computed
  return computed
}

/** For tests: the class the tokenizer reads `char` as (1 space, 2 digit, 3 letter, 4 tab-like, 5 other; +8 unclean). */
export function charClassForTest(char: string): number {
  return charClass(char.charCodeAt(0))
}

/**
 * The phrase tables (`PhraseMap`) each own two bits of a token key's bits: whether the key opens a
 * phrase of the table, and whether it ends one, so that most tokens are ruled out without a lookup.
 * Some word sets (`KeySet`) own one: whether the key is in the set.
 */
const phraseTables: Array<PhraseMap<unknown>> = []
const keySets: KeySet[] = []
let nextKeyBit = 0

function allocateKeyBit(): number {
  if (nextKeyBit > 30) throw new Error('more phrase tables and key sets than the bits of a key')
  return 1 << nextKeyBit++
}

/** A set of token keys whose membership is a key bit. */
export interface KeySet {
  readonly keys: ReadonlySet<string>
  readonly bit: number
}

export function buildKeySet(words: Iterable<string>): KeySet {
  const set: KeySet = {keys: new Set([...words].map(foldForMatch)), bit: allocateKeyBit()}
  keySets.push(set)
  return set
}

/**
 * The bit of a token whose text `toLowerCase` changes ("Tỷ", "USD"): a span without it is its own lower
 * case. (Lower-casing is character by character but for the final sigma, which is itself cased.)
 */
export const CASED_BIT = allocateKeyBit()

/** The bits of a token's text: those of its key, and CASED_BIT. */
const textBits = (text: string, key: string): number => keyBits(key) | (text.toLowerCase() === text ? 0 : CASED_BIT)

/** The bits of a key (see `phraseTables`): computed once per distinct key, kept with its fold entry. */
function keyBits(key: string): number {
  let bits = 0
  for (const table of phraseTables) {
    if (table.forward.next.has(key)) bits |= table.firstBit
    if (table.backward.next.has(key)) bits |= table.lastBit
  }
  for (const set of keySets) if (set.keys.has(key)) bits |= set.bit
  return bits
}

/**
 * Folded keys of the words seen so far (the vocabulary of a document is small), found by a hash the
 * tokenizer computes as it reads the word, so that a known word costs no slice and no Map lookup.
 *
 * The table is kept in a few dense typed arrays rather than as objects: the parser runs between other
 * stages, whose work pushes its data out of the processor caches, and a lookup that reads one bucket,
 * one record and the word's characters from compact arrays misses the cache far less often than one
 * that follows pointers to scattered objects and strings.
 */
const FOLD_LIMIT = 100_000
/** A long word is not kept: Vietnamese words are far shorter. */
const FOLD_MAX_LENGTH = 12
/** per record: the word's hash, the next record of its bucket (-1: none), its bits, `start << 4 | length` of its characters in `foldChars` */
const RECORD = 4
let foldBuckets = new Int32Array(1 << 12).fill(-1)
let foldRecords = new Int32Array(RECORD << 12)
let foldChars = new Uint16Array(1 << 14)
let foldCharCount = 0
const foldKeys: string[] = []

/** What `foldWordAt` found: the key and bits of the word. */
let foldedKey = ''
let foldedBits = 0

/** Double the buckets once there are more records than buckets, so that chains stay short. */
function rehashFolds(): void {
  const size = foldBuckets.length * 2
  const mask = size - 1
  const buckets = new Int32Array(size).fill(-1)
  for (let record = 0; record < foldKeys.length; record++) {
    const bucket = (foldRecords[record * RECORD] ?? 0) & mask
    foldRecords[record * RECORD + 1] = buckets[bucket] ?? -1
    buckets[bucket] = record
  }
  foldBuckets = buckets
}

/** Set `foldedKey` and `foldedBits` for the word source[start, end), whose `hashWord` is `hash`. */
function foldWordAt(source: string, start: number, end: number, hash: number): void {
  const length = end - start
  const records = foldRecords
  const chars = foldChars
  search: for (let record = foldBuckets[hash & (foldBuckets.length - 1)] ?? -1; record >= 0; record = records[record * RECORD + 1] ?? -1) {
    const at = record * RECORD
    const span = records[at + 3] ?? 0
    if (records[at] !== hash || (span & 15) !== length) continue
    for (let offset = 0, from = span >>> 4; offset < length; offset++) {
      if (chars[from + offset] !== source.charCodeAt(start + offset)) continue search
    }
    foldedKey = foldKeys[record] ?? ''
    foldedBits = records[at + 2] ?? 0
    return
  }
  const word = source.slice(start, end)
  const key = foldForMatch(word)
  foldedKey = key
  foldedBits = textBits(word, key)
  if (foldKeys.length >= FOLD_LIMIT || length > FOLD_MAX_LENGTH) return
  // keep the word
  const record = foldKeys.length
  if (foldCharCount + length > foldChars.length) {
    const grown = new Uint16Array(foldChars.length * 2)
    grown.set(foldChars)
    foldChars = grown
  }
  for (let offset = 0; offset < length; offset++) foldChars[foldCharCount + offset] = source.charCodeAt(start + offset)
  if ((record + 1) * RECORD > foldRecords.length) {
    const grown = new Int32Array(foldRecords.length * 2)
    grown.set(foldRecords)
    foldRecords = grown
  }
  const at = record * RECORD
  const bucket = hash & (foldBuckets.length - 1)
  foldRecords[at] = hash
  foldRecords[at + 1] = foldBuckets[bucket] ?? -1
  foldRecords[at + 2] = foldedBits
  foldRecords[at + 3] = (foldCharCount << 4) | length
  foldBuckets[bucket] = record
  foldKeys.push(key)
  foldCharCount += length
  if (foldKeys.length > foldBuckets.length) rehashFolds()
}

interface PunctEntry {
  readonly key: string
  readonly bits: number
}

/** Keys and bits of punctuation characters: ASCII ones by character code, the others by a map. */
const ASCII_PUNCT_ENTRIES: Array<PunctEntry | null> = new Array<PunctEntry | null>(128).fill(null)
const PUNCT_ENTRIES = new Map<number, PunctEntry>()

function punctEntry(code: number, char: string): PunctEntry {
  let entry = code < 128 ? (ASCII_PUNCT_ENTRIES[code] ?? null) : (PUNCT_ENTRIES.get(code) ?? null)
  if (entry === null) {
    entry = {key: char, bits: textBits(char, char)}
    if (code < 128) ASCII_PUNCT_ENTRIES[code] = entry
    else PUNCT_ENTRIES.set(code, entry)
  }
  return entry
}

/**
 * Once every phrase table and key set is built: give the keys read while building them their full bits
 * (they were partial). The keys themselves are kept, so that a word of a text gets the very string the
 * tables were built from, which a map lookup then matches by identity.
 */
export function sealKeyTables(): void {
  for (let record = 0; record < foldKeys.length; record++) {
    const at = record * RECORD + 2
    foldRecords[at] = keyBits(foldKeys[record] ?? '') | ((foldRecords[at] ?? 0) & CASED_BIT)
  }
  const reseal = (entry: PunctEntry): PunctEntry => ({key: entry.key, bits: keyBits(entry.key) | (entry.bits & CASED_BIT)})
  for (let code = 0; code < 128; code++) {
    const entry = ASCII_PUNCT_ENTRIES[code]
    if (entry) ASCII_PUNCT_ENTRIES[code] = reseal(entry)
  }
  for (const [code, entry] of PUNCT_ENTRIES) PUNCT_ENTRIES.set(code, reseal(entry))
}

/** The hash `foldWordAt` expects: the character codes folded in one by one. */
const hashStep = (hash: number, code: number): number => (Math.imul(hash, 31) + code) | 0

/**
 * At `index` (a space after digits from `start`), does a thousands group written with a space follow:
 * "3 500", "27 850 tỷ", "1 600 500"? Only when every group so far is 1-3 digits then exactly 3, and
 * the next group is exactly three digits not followed by another digit.
 */
function isSpaceGroup(source: string, start: number, index: number): boolean {
  const code = source.charCodeAt(index)
  if (code !== 32 && code !== 0xa0 && code !== 0x202f) return false
  for (let offset = 1; offset <= 3; offset++) if (!isDigitCode(source.charCodeAt(index + offset))) return false
  if (isDigitCode(source.charCodeAt(index + 4))) return false
  const before = source.slice(start, index)
  return /^\d{1,3}(?:[ \u00a0\u202f]\d{3})*$/.test(before) && !/^0\d/.test(before)
}

/**
 * Growable columns for the tokens of a text. `parseTargets` reuses one set from parse to parse (a parse
 * never starts inside another), so that a parse allocates no arrays for its tokens.
 */
class TokenColumns {
  /** NUM, WORD or PUNCT, plus SPACED */
  kinds = new Uint8Array(64)
  starts = new Int32Array(64)
  ends = new Int32Array(64)
  /** the key's bits (see `keyBits`) */
  bits = new Int32Array(64)
  /** folded word, punctuation character, "" for a number */
  readonly keys: string[] = []

  grow(): void {
    const size = this.kinds.length * 2
    const kinds = new Uint8Array(size)
    const starts = new Int32Array(size)
    const ends = new Int32Array(size)
    const bits = new Int32Array(size)
    kinds.set(this.kinds)
    starts.set(this.starts)
    ends.set(this.ends)
    bits.set(this.bits)
    this.kinds = kinds
    this.starts = starts
    this.ends = ends
    this.bits = bits
  }
}

const SHARED_TOKEN_COLUMNS = new TokenColumns()

/**
 * Texts up to this length use the shared columns, which so never grow beyond it; a longer text gets
 * columns of its own, dropped with it.
 */
export const SHARED_COLUMNS_LIMIT = 1 << 14

/**
 * The tokens of `text`. A text up to SHARED_COLUMNS_LIMIT long is read into columns shared by every call,
 * so its tokens are valid until the next call only (a parse never starts inside another).
 */
export function tokenize(text: string): Tokens {
  return new Tokens(text, text.length <= SHARED_COLUMNS_LIMIT ? SHARED_TOKEN_COLUMNS : new TokenColumns())
}

/** The tokens of a text as parallel arrays; out-of-range indexes read as an empty punctuation token. */
export class Tokens {
  readonly count: number
  /** number of NUM tokens */
  readonly numbers: number
  /** whether the text holds a character `cleanText` may change (see CHAR_UNCLEAN) */
  readonly unclean: boolean
  private readonly kinds: Uint8Array
  private readonly starts: Int32Array
  private readonly ends: Int32Array
  private readonly bitColumn: Int32Array
  private readonly keys: string[]
  /**
   * whether every whitespace of the text is one " " between two characters that are not whitespace
   * (for `RegExp` either): then a span of tokens needs no collapsing
   */
  private plainSpaces = true

  constructor(
    readonly source: string,
    columns: TokenColumns = new TokenColumns()
  ) {
    const length = source.length
    const keys = columns.keys
    let count = 0
    let numbers = 0
    let index = 0
    let space = SPACED
    let classes = 0 // the classes met, or-ed: tells CHAR_UNCLEAN (digits in figures are all clean)
    while (index < length) {
      const code = source.charCodeAt(index)
      const charType = charClass(code)
      classes |= charType
      const type = charType & CHAR_CLASS
      if (type === CHAR_SPACE) {
        if (code !== 32 || space === SPACED) this.plainSpaces = false
        space = SPACED
        index++
        continue
      }
      if (count === columns.kinds.length) columns.grow()
      const start = index
      let kind = PUNCT
      let bits = 0
      if (type === CHAR_DIGIT) {
        kind = NUM
        numbers++
        index++
        while (index < length) {
          const next = source.charCodeAt(index)
          if (isDigitCode(next)) index++
          else if ((next === 46 || next === 44) && isDigitCode(source.charCodeAt(index + 1))) {
            index += 2
            kind = NUM | GROUPED
          } else if (isSpaceGroup(source, start, index)) {
            if (next !== 32) this.plainSpaces = false // "3\u00a0500"
            index += 4
            kind = NUM | GROUPED
          } else break
        }
        keys[count] = ''
      } else if (type === CHAR_LETTER) {
        kind = WORD
        let hash = hashStep(0, code)
        index++
        while (index < length) {
          const next = source.charCodeAt(index)
          const nextType = charClass(next)
          const nextClass = nextType & CHAR_CLASS
          if (nextClass !== CHAR_LETTER && nextClass !== CHAR_DIGIT) break
          classes |= nextType
          hash = hashStep(hash, next)
          index++
        }
        foldWordAt(source, start, index, hash)
        keys[count] = foldedKey
        bits = foldedBits
      } else {
        if (type === CHAR_BREAK) this.plainSpaces = false // a tab
        index++
        const entry = punctEntry(code, source[start] ?? '')
        keys[count] = entry.key
        bits = entry.bits
      }
      columns.kinds[count] = kind + space
      columns.starts[count] = start
      columns.ends[count] = index
      columns.bits[count] = bits
      count++
      space = 0
    }
    this.count = count
    this.numbers = numbers
    this.unclean = (classes & CHAR_UNCLEAN) !== 0
    if (space === SPACED) this.plainSpaces = false
    this.kinds = columns.kinds
    this.starts = columns.starts
    this.ends = columns.ends
    this.bitColumn = columns.bits
    this.keys = keys
  }

  kind(index: number): number {
    return index >= 0 && index < this.count ? (this.kinds[index] ?? 0) & 3 : 0
  }

  key(index: number): string {
    return index >= 0 && index < this.count ? (this.keys[index] ?? '') : ''
  }

  /** the key's bits (see `keyBits`); 0 out of range */
  bits(index: number): number {
    return index >= 0 && index < this.count ? (this.bitColumn[index] ?? 0) : 0
  }

  hasBit(index: number, bit: number): boolean {
    return (this.bits(index) & bit) !== 0
  }

  /** whitespace (or the edge of the text) before the token */
  space(index: number): boolean {
    return index >= 0 && index < this.count ? ((this.kinds[index] ?? 0) & SPACED) !== 0 : true
  }

  start(index: number): number {
    return index >= 0 && index < this.count ? (this.starts[index] ?? 0) : this.source.length
  }

  end(index: number): number {
    return index >= 0 && index < this.count ? (this.ends[index] ?? 0) : this.source.length
  }

  text(index: number): string {
    return index >= 0 && index < this.count ? this.source.slice(this.starts[index], this.ends[index]) : ''
  }

  /** the value of a NUM token of 1-15 digits and nothing else (what `Number` reads it as); -1 for any other token */
  plainValue(index: number): number {
    if (index < 0 || index >= this.count || ((this.kinds[index] ?? 0) & (3 | GROUPED)) !== NUM) return -1
    const end = this.ends[index] ?? 0
    let at = this.starts[index] ?? 0
    if (end - at > 15) return -1
    let value = 0
    for (; at < end; at++) value = value * 10 + (this.source.charCodeAt(at) - 48)
    return value
  }

  isNum(index: number): boolean {
    return this.kind(index) === NUM
  }

  isWord(index: number): boolean {
    return this.kind(index) === WORD
  }

  isPunct(index: number, char?: string): boolean {
    return this.kind(index) === PUNCT && (char === undefined || this.keys[index] === char)
  }

  /** the text of tokens [from, to], whitespace collapsed */
  span(from: number, to: number): string {
    const text = this.source.slice(this.start(from), this.end(to))
    return this.plainSpaces ? text : collapseWhiteSpace(text)
  }

  startsUpper(index: number): boolean {
    return this.kind(index) === WORD && UPPER.test(this.source[this.starts[index] ?? 0] ?? '')
  }
}

/**
 * For tests: the text of every span of tokens of `text` (`from` -1 .. count, `to` -1 .. count) as
 * `[from, to, text]`; it must equal the collapsed slice whatever the whitespace of the text.
 */
export function tokenSpansForTest(text: string): Array<[number, number, string, string]> {
  const tokens = new Tokens(text)
  const spans: Array<[number, number, string, string]> = []
  for (let from = -1; from <= tokens.count; from++) {
    for (let to = -1; to <= tokens.count; to++) {
      spans.push([from, to, tokens.span(from, to), collapseWhiteSpace(text.slice(tokens.start(from), tokens.end(to)))])
    }
  }
  return spans
}

/** Token keys of a vocabulary phrase, split the way the text is. */
function splitPhrase(phrase: string): string[] {
  const tokens = new Tokens(phrase)
  const keys: string[] = []
  for (let index = 0; index < tokens.count; index++) keys.push(tokens.isNum(index) ? tokens.text(index) : tokens.key(index))
  return keys
}

// ---------------------------------------------------------------------------------------------------
// Phrase tables
// ---------------------------------------------------------------------------------------------------

export interface TrieNode<T> {
  readonly next: Map<string, TrieNode<T>>
  value?: T
}

/**
 * Phrases as tries over their token keys, read forwards and backwards: matching walks the tokens of the
 * text through the trie instead of building the joined key of each candidate length.
 */
export interface PhraseMap<T> {
  readonly forward: TrieNode<T>
  readonly backward: TrieNode<T>
  /**
   * the key bits of the tokens that open a phrase of the table, and of those that end one; 0 for a
   * direction the table is not read in (the lookup is then made without the bit)
   */
  readonly firstBit: number
  readonly lastBit: number
}

/** The directions a table is read in (each one costs a key bit). */
export type Reading = 'forward' | 'backward' | 'both'

export function buildPhraseMap<T>(entries: Iterable<readonly [string, T]>, reading: Reading): PhraseMap<T> {
  const forward: TrieNode<T> = {next: new Map()}
  const backward: TrieNode<T> = {next: new Map()}
  const insert = (root: TrieNode<T>, keys: readonly string[], value: T): void => {
    let node = root
    for (const key of keys) {
      let child = node.next.get(key)
      if (!child) {
        child = {next: new Map()}
        node.next.set(key, child)
      }
      node = child
    }
    node.value ??= value // the first entry of a phrase wins
  }
  for (const [phrase, value] of entries) {
    const keys = splitPhrase(phrase)
    if (keys.length === 0) continue
    insert(forward, keys, value)
    insert(backward, [...keys].reverse(), value)
  }
  const firstBit = reading === 'backward' ? 0 : allocateKeyBit()
  const lastBit = reading === 'forward' ? 0 : allocateKeyBit()
  const map: PhraseMap<T> = {forward, backward, firstBit, lastBit}
  phraseTables.push(map)
  return map
}

export const buildPhraseSet = (phrases: readonly string[], reading: Reading): PhraseMap<true> =>
  buildPhraseMap(
    phrases.map((phrase) => [phrase, true] as const),
    reading
  )

/** Length in tokens of the longest phrase of `set` starting at `index` (0 if none). */
export function matchForward(tokens: Tokens, index: number, set: PhraseMap<unknown>): number {
  if (set.firstBit !== 0 && (tokens.bits(index) & set.firstBit) === 0) return 0
  let node = set.forward.next.get(tokens.key(index))
  let best = 0
  for (let at = index; node !== undefined; ) {
    if (node.value !== undefined) best = at - index + 1
    if (++at >= tokens.count) break
    node = node.next.get(tokens.key(at))
  }
  return best
}

/** Length in tokens of the longest phrase of `set` ending at `index` (0 if none). */
export function matchBackward(tokens: Tokens, index: number, set: PhraseMap<unknown>): number {
  if (set.lastBit !== 0 && (tokens.bits(index) & set.lastBit) === 0) return 0
  let node = set.backward.next.get(tokens.key(index))
  let best = 0
  for (let at = index; node !== undefined; ) {
    if (node.value !== undefined) best = index - at + 1
    if (--at < 0) break
    node = node.next.get(tokens.key(at))
  }
  return best
}

/** The phrase of `set` of `length` tokens ending at `index`. */
export function lookUpPhrase<T>(tokens: Tokens, index: number, length: number, set: PhraseMap<T>): T | undefined {
  let node: TrieNode<T> | undefined = set.backward
  for (let offset = 0; offset < length && node !== undefined; offset++) node = node.next.get(tokens.key(index - offset))
  return node?.value
}

/**
 * Characters that NFC leaves alone whatever surrounds them (none decomposes, none combines with a
 * neighbour): Latin-1 and Latin Extended-A/B, Latin Extended Additional (the Vietnamese letters),
 * general punctuation after U+2001 and the currency signs, the letterlike symbols before the ohm sign,
 * arrows and mathematical operators (not the combining marks for symbols, U+20D0-U+20FF).
 * A text made only of them is already NFC.
 */
export function isNfcInertCode(code: number): boolean {
  return code < 0x300 || (code >= 0x1e00 && code <= 0x1eff) || (code >= 0x2002 && code <= 0x20cf) || (code >= 0x2100 && code <= 0x2125) || (code >= 0x2190 && code <= 0x22ff)
}

/** The superscript digits ¹ ² ³ ⁰ ⁴-⁹ (footnote markers, or the powers of m² m³). */
export function isSuperscriptCode(code: number): boolean {
  return code === 0xb9 || code === 0xb2 || code === 0xb3 || (code >= 0x2070 && code <= 0x2079)
}

/** For tests: the key and bits of a word as computed without the fold table. */
export function foldWordForTest(word: string): [string, number] {
  const key = foldForMatch(word)
  return [key, textBits(word, key)]
}
