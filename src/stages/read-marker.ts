/**
 * Read the numbering marker at the start of a paragraph: "Phần thứ hai", "Điều 2.", "II.", "3.",
 * "3.1.", "3. 6." (a typo for 3.6), "1.1.1", "a)", "(7)", "- (7)", "-", "+", "*".
 *
 * `rank` orders marker kinds from the outermost division to the innermost bullet; the section splitter
 * nests a section under the nearest open one of lower rank, so documents may skip levels.
 */
import {parseNumberWords} from '../vocabulary/number-words.js'
import {foldForMatch} from '../vocabulary/orthography.js'
import {ANNEX_HEADING, ARTICLE_HEADING, CHAPTER_HEADING, ORDINAL_OPENER, PART_HEADING, WORD_MARKER_FIRST_WORDS} from '../vocabulary/headings.js'
import type {Paragraph} from './parse-blocks.js'
import {isWhiteSpaceCode} from './white-space.js'

export type MarkerKind =
  | 'part'
  | 'annex'
  | 'article'
  | 'capital'
  | 'roman'
  | 'arabic'
  | 'arabic2'
  | 'arabic3'
  | 'ordinal'
  | 'letter'
  | 'arabicParen'
  | 'paren'
  | 'star'
  | 'dash'
  | 'plus'

export const MARKER_RANK: Readonly<Record<MarkerKind, number>> = {
  part: 0,
  annex: 0,
  article: 1,
  capital: 1.5,
  roman: 2,
  arabic: 3,
  arabic2: 4,
  arabic3: 5,
  ordinal: 5.5, // "Một là, …" items sit inside a numbered section ("3. Nhiệm vụ …") and above letters
  letter: 6,
  arabicParen: 6.5, // "1)", "2)": items under "2. Các chỉ tiêu …" or under "a)"
  paren: 7,
  star: 8,
  dash: 9,
  plus: 10
}

export interface Marker {
  readonly kind: MarkerKind
  readonly rank: number
  /** Normalised label: "Phần thứ hai", "Điều 2", "II", "3", "3.6", "a)", "(7)", "-", "+", "*". */
  readonly label: string
  /** Number of characters the marker and the spaces after it take at the start of the text. */
  readonly length: number
}

/**
 * "II. KẾT QUẢ", "II) …", and the older "II - KẾT QUẢ", "II- …", "II – …", "II/ …" (a dash or slash before a
 * space and a capital: "V - xã hội" is no heading).
 */
const ROMAN = /^([IVXLC]{1,6})(?:[.)]|\s?[-–/](?=\s+[*_]*\p{Lu}))[*_]*\s+(?=\S)/u
/** "A. MỤC TIÊU", "B. NHIỆM VỤ": capital letters, above roman numerals (C, D, L, M alone are letters here). */
const CAPITAL = /^([A-ZĐ])[.)][*_]*\s+(?=\S)/u
const ARABIC3 = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?[*_]*(?:\s+|(?=\p{Lu}))(?=\S)/u
const ARABIC2 = /^(\d{1,2})\.(\d{1,2})\.?[*_]*(?:\s+|(?=\p{Lu}))(?=\S)/u
/** "3. 6. Tiếp tục": a space slipped in after the first dot; the second dot is required then. */
const ARABIC2_SPACED = /^(\d{1,2})\. (\d{1,2})\.\s*(?=\p{L})/u
/** "3. Nhiệm vụ", "3.Nhiệm vụ", "1) …", and as `ROMAN` has them, "3 - Nhiệm vụ", "3- …", "3/ …" (label "3"). */
const ARABIC = /^(\d{1,2})([.)]|\s?[-–/](?=\s+[*_]*\p{Lu}))[*_]*(?:\s+|(?=\p{Lu}))(?=\S)/u
const LETTER = /^([a-zđ])([).])[*_]*\s+(?=\S)/u
const PAREN = /^\((\d{1,3})\)[*_]*\s*(?=\S)/
/** "(a) Về kinh tế": a letter in parentheses, a letter item as "a)" is (label as written). */
const PAREN_LETTER = /^\(([a-zđ])\)[*_]*\s+(?=\S)/u
/**
 * "- Tốc độ …", "+ Công nghiệp", "• …", and a dash or plus typed without its space before a capital
 * ("-Tốc độ tăng trưởng …"; before a digit it is a sign, before a small letter a hyphen the wrap put first).
 */
const BULLET = /^([-–—•+*]|\*\*)\s+(?=\S)|^([-–+])(?=\p{Lu})/u

/** Emphasis opened right before a marker ("**Điều 1.", "*2.1. …*"); a bullet star is followed by a space. */
const LEADING_EMPHASIS = /^(?:\*{1,3}|_{1,2})(?=[^\s*_])/

/**
 * `readMarker(paragraph.text)`, read once per paragraph: the stages after the block parser ask about the
 * same paragraphs, whose text never changes. The reading is kept on the paragraph itself, so it lives
 * and dies with the document (a cache beside it would keep the paragraphs of earlier documents alive).
 */
export function markerOf(paragraph: Paragraph): Marker | null {
  let marker = paragraph.marker
  if (marker === undefined) {
    marker = readMarker(paragraph.text)
    paragraph.marker = marker
  }
  return marker
}

/**
 * The marker at the start of `text`, if any. Not cached: a cache keyed by text kept every key's whole
 * document alive (a line is a slice of its file's text), ~20 MB per worker on a long run; the stages read
 * each text once or keep the reading themselves (`markerOf`, the block parser's per-line readings).
 */
export function readMarker(text: string): Marker | null {
  let head = text.trimStart()
  let skipped = text.length - head.length
  const first = head.charCodeAt(0)
  const emphasis = first === 42 /* * */ || first === 95 /* _ */ ? LEADING_EMPHASIS.exec(head) : null
  if (emphasis) {
    head = head.slice(emphasis[0].length)
    skipped += emphasis[0].length
  }
  const marker = readAt(head)
  return marker && skipped ? {...marker, length: marker.length + skipped} : marker
}

function readAt(text: string): Marker | null {
  const first = text.charCodeAt(0)
  // Digits: arabic numbering in its forms.
  if (first >= 48 && first <= 57) {
    // Most items are "3. …", which only ARABIC reads: the others need a second number after the dot.
    if (hasSecondNumber(text)) {
      const match = ARABIC3.exec(text)
      if (match) return make('arabic3', `${match[1]}.${match[2]}.${match[3]}`, match[0].length)
      const two = ARABIC2.exec(text) ?? ARABIC2_SPACED.exec(text)
      if (two) return make('arabic2', `${two[1]}.${two[2]}`, two[0].length)
    }
    const match = ARABIC.exec(text)
    if (match) return make(match[2] === ')' ? 'arabicParen' : 'arabic', ownLabel(match[1], match[2]), match[0].length)
    return null
  }
  if (first === 40 /* ( */) {
    const match = PAREN.exec(text)
    if (match) return make('paren', `(${Number(match[1])})`, match[0].length)
    const letter = PAREN_LETTER.exec(text)
    return letter ? make('letter', `(${letter[1] as string})`, letter[0].length) : null
  }
  if (isBulletCode(first)) {
    const bullet = BULLET.exec(text)
    if (!bullet) return null
    const symbol = bullet[1] ?? bullet[2] ?? '-'
    const kind = symbol === '+' ? 'plus' : symbol.startsWith('*') ? 'star' : 'dash'
    // "- (7) …": a numbered item written behind a dash is the numbered item (one level, no recursion).
    const inner = text.charCodeAt(bullet[0].length) === 40 /* ( */ ? PAREN.exec(text.slice(bullet[0].length)) : null
    if (inner) return make('paren', `(${Number(inner[1])})`, inner[0].length + bullet[0].length)
    return make(kind, kind === 'plus' ? '+' : kind === 'star' ? '*' : '-', bullet[0].length)
  }
  // One letter then "." or ")": a roman numeral, a capital or a small letter. (Longer roman numerals
  // start with one of I, V, X, L, C too.)
  const second = text.charCodeAt(1)
  if (second === 46 /* . */ || second === 41 /* ) */ || isRomanCode(first)) {
    const roman = ROMAN.exec(text)
    if (roman && !/^[CDLM]$/.test(roman[1] ?? '')) return make('roman', roman[1] ?? '', roman[0].length)
    const capital = CAPITAL.exec(text)
    if (capital) return make('capital', capital[1] ?? '', capital[0].length)
    const letter = LETTER.exec(text)
    if (letter) return make('letter', ownLabel(letter[1], letter[2]), letter[0].length)
  }
  return readWordMarker(text)
}

/** A year at the end of a line, maybe before emphasis: "giai đoạn 2018", "năm 2021**". */
const YEAR_AT_END = /(?:19|20)\d\d[*_]*\s*$/
/** A dash and a year at the start of a line: "- 2023; 300 cá nhân …", "– 2025". */
const DASH_YEAR_AT_START = /^\s*[-–]\s*(?:19|20)\d\d(?!\d)/
/** A figure at the end of a line, maybe before emphasis: "giảm 6", "3,5". */
const FIGURE_AT_END = /\d[*_]*\s*$/
/** A dash and a percentage at the start of a line: "- 7%.", "– 3,5 %;". */
const DASH_PERCENT_AT_START = /^\s*[-–]\s*\d+(?:[.,]\d+)*\s*%/

/**
 * Is the dash that opens `text` the second half of a range that `previous` (the line before) began, "…
 * giai đoạn 2018" / "- 2023; …" or "… các huyện nghèo giảm 6" / "- 7%.", rather than a bullet? A wrap put
 * the range's dash first.
 */
export function continuesRange(previous: string, text: string): boolean {
  return (DASH_YEAR_AT_START.test(text) && YEAR_AT_END.test(previous)) || (DASH_PERCENT_AT_START.test(text) && FIGURE_AT_END.test(previous))
}

/**
 * Can ARABIC3, ARABIC2 or ARABIC2_SPACED match `text` (which starts with a digit)? Each needs one or two
 * digits, a dot, then a digit, right away or after one white-space character.
 */
export function hasSecondNumber(text: string): boolean {
  const dot = isDigitCode(text.charCodeAt(1)) ? 2 : 1
  if (text.charCodeAt(dot) !== 46 /* . */) return false
  return isDigitCode(text.charCodeAt(dot + 1)) || (isWhiteSpaceCode(text.charCodeAt(dot + 1)) && isDigitCode(text.charCodeAt(dot + 2)))
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57
}

/** The first characters of BULLET: - – — • + *. */
function isBulletCode(code: number): boolean {
  return code === 45 || code === 0x2013 || code === 0x2014 || code === 0x2022 || code === 43 || code === 42
}

/** I, V, X, L, C: the letters of ROMAN. */
function isRomanCode(code: number): boolean {
  return code === 73 || code === 86 || code === 88 || code === 76 || code === 67
}

/** The longest word of WORD_MARKER_FIRST_WORDS. */
const WORD_MARKER_WORD_MAX = Math.max(...[...WORD_MARKER_FIRST_WORDS].map((word) => word.length))

/**
 * First words already looked up: lower-casing a word costs more than finding it in a map, and the
 * paragraphs of a document start with the same few words. The words are short (at most
 * `WORD_MARKER_WORD_MAX` characters), copies that keep no text alive; emptied past `FIRST_WORDS_LIMIT`.
 */
const firstWords = new Map<string, boolean>()
const FIRST_WORDS_LIMIT = 1024

function isWordMarkerFirstWord(word: string): boolean {
  let known = firstWords.get(word)
  if (known === undefined) {
    // Lower case is enough: folding changes only old tone placements, which none of the words has.
    known = WORD_MARKER_FIRST_WORDS.has(word.toLowerCase())
    if (firstWords.size >= FIRST_WORDS_LIMIT) firstWords.clear()
    firstWords.set(word, known)
  }
  return known
}

function readWordMarker(text: string): Marker | null {
  // Every word marker is one of a few words followed by white space: look at the first word alone.
  let end = 0
  while (end < text.length && end <= WORD_MARKER_WORD_MAX && !isWhiteSpaceCode(text.charCodeAt(end))) end++
  if (end === 0 || end > WORD_MARKER_WORD_MAX || end >= text.length) return null
  if (!isWordMarkerFirstWord(text.slice(0, end))) return null
  const folded = foldForMatch(text.slice(0, 40))
  let match = ARTICLE_HEADING.exec(folded)
  if (match) return make('article', `Điều ${Number(match[1])}`, match[0].length)
  match = PART_HEADING.exec(folded)
  if (match) {
    const ordinal = match[1] ? parseNumberWords(match[1]) : null
    if (match[1] && ordinal === null) return null
    return make('part', text.slice(0, match[0].length).trim().replace(/[.:]$/, ''), match[0].length)
  }
  match = CHAPTER_HEADING.exec(folded)
  if (match) return make('part', text.slice(0, match[0].length).trim().replace(/[.:]$/, ''), match[0].length)
  match = ORDINAL_OPENER.exec(folded)
  if (match) return make('ordinal', text.slice(0, (match[1] ?? '').length), match[0].length)
  match = ANNEX_HEADING.exec(folded)
  if (match) return make('annex', text.slice(0, match[0].length).trim().replace(/[.:]$/, ''), match[0].length)
  return null
}

/**
 * The label as the document writes it: a closing parenthesis is part of it ("a)", "2)", like "(1)"),
 * a dot only separates it from the text ("2." -> "2", "3.1." -> "3.1").
 */
function ownLabel(value: string | undefined, punctuation: string | undefined): string {
  return punctuation === ')' ? `${value ?? ''})` : (value ?? '')
}

function make(kind: MarkerKind, label: string, length: number): Marker {
  return {kind, rank: MARKER_RANK[kind], label, length}
}
