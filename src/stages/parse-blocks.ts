/**
 * Block parser: source lines -> a unist tree of paragraphs and table rows, with positions.
 *
 * The project's own line-based parser (CommonMark rules mangle these texts: "(1)", "I.", "a)" are not
 * list items there, tab-indented lines become code, a "----" line makes a heading). It knows the two ways
 * these files are laid out: one paragraph per line (Word export) and hard-wrapped lines (PDF export), and
 * rejoins what the export cut:
 * - a line wrapped inside a paragraph (no blank line between) continues when the evidence is clear;
 * - a paragraph cut by a page break (footnote bodies or blank lines between) continues where the footnote
 *   resolver found a join.
 * Footnote bodies are left out of the running text.
 */
import type {Position} from 'unist'
import type {SourceLine} from '../types.js'
import {ADMIN_LEVEL_WORDS} from '../vocabulary/administration.js'
import {CAPITALISED_NOUNS, CONTINUATION_WORDS} from '../vocabulary/continuation.js'
import {foldForMatch, WORD_ONSETS} from '../vocabulary/orthography.js'
import {continuesRange, type Marker, readMarker} from './read-marker.js'
import {knownMarkerFree, knownStarFree, knownTableMarkFree} from './normalise.js'
import {isSeparatorRow, readTableKind, splitCells} from './read-table.js'
import {firstNonWhiteSpace, isWhiteSpaceCode, trimmedLengths} from './white-space.js'

/** Where a piece of a paragraph's text came from. */
export interface Segment {
  readonly line: number
  /** Offset of the segment's first character in the paragraph's `text`. */
  readonly offset: number
  /** 1-based column of that character in the source line. */
  readonly column: number
}

export interface Paragraph {
  readonly type: 'paragraph'
  /** The paragraph's text: its lines trimmed and joined by one space, tabs turned into spaces. */
  readonly text: string
  readonly segments: readonly Segment[]
  readonly position: Position
  /** The item marker at its start, once `markerOf` has read it (undefined: not read yet). */
  marker?: Marker | null
  /**
   * True: its text holds no character a footnote marker starts with (`MARKER_START`), as the
   * normaliser's scan found for each of its lines (see `knownMarkerFree`). False or absent: not known.
   */
  readonly markerFree?: boolean
}

export interface TableRow {
  readonly type: 'tableRow'
  readonly cells: readonly string[]
  readonly line: number
  readonly position: Position
  /** True: its line holds no character a footnote marker starts with (as for `Paragraph`). */
  readonly markerFree?: boolean
}

export type Block = Paragraph | TableRow

export interface BlockRoot {
  readonly type: 'root'
  readonly children: readonly Block[]
  readonly data: {
    /** Footnote markers written "[n]" in this file (see resolve-footnotes): removed from item text. */
    readonly bracketLabels: ReadonlySet<string>
  }
}

/** What the footnote resolver tells the block parser. */
export interface BlockContext {
  /** Lines that hold footnote bodies: not running text. */
  readonly bodyLines: ReadonlySet<number>
  /** Paragraph ending on `from` continues on `to` (across a page break). */
  readonly joins: ReadonlyArray<{readonly from: number; readonly to: number}>
  readonly bracketLabels?: ReadonlySet<string>
  /** Page numbers, running headers, rule lines: skipped like blank lines. */
  readonly furnitureLines?: ReadonlySet<number>
  /** `trimmedLengths` of the same lines, when the caller has them already (the footnote resolver does). */
  readonly lineLengths?: readonly number[]
}

const STARTS_LOWER_OR_DIGIT = /^[\s"'“‘(*_]*[\p{Ll}\d]/u
const STARTS_LOWER = /^[\s"'“‘(*_]*\p{Ll}/u
const DASH_THEN_LOWER = /^[-–]\s+\p{Ll}/u
/** A gap of spaces between columns (justified text spreads its words by one or two). */
const COLUMN_GAP = /\S {5,}\S/
/** A figure, then a word in lower case: "01 huyện …", "1.250 tỷ đồng …". */
const FIGURE_THEN_LOWER = /^\d[\d.,]*\s+\p{Ll}/u
const STARTS_DIGIT = /^[\s"'“‘(*_]*\d/
const LETTER = /^\p{L}$/u

type TableLineKind = 'tab' | 'pipe'

/** The lines of a paragraph to be, and whether the normaliser found none of them to hold a marker start. */
interface Draft {
  readonly lines: SourceLine[]
  markerFree: boolean
  /** None of its lines holds a tab (nor "|"), as the normaliser's scan found: no tab to replace. */
  tabFree: boolean
  /** The marker of its first line once trimmed, if the parser read it (undefined: not read). */
  readonly firstMarker: Marker | null | undefined
}

export function parseBlocks(lines: readonly SourceLine[], context: BlockContext): BlockRoot {
  const furniture = context.furnitureLines ?? new Set<number>()
  // Each line's trimmed length and table kind are read once (a line is looked at as `next`, then as `current`).
  const lengths = context.lineLengths ?? trimmedLengths(lines)
  const markerFree = knownMarkerFree(lines)
  // Lines the normaliser found no tab, "|" or "*" in need not be searched for them.
  const tableMarkFree = knownTableMarkFree(lines)
  const starFree = knownStarFree(lines)
  const wrapWidth = estimateWrapWidth(lines, lengths, context.bodyLines)
  const cutShort = wrapWidth !== null && firstLinesCutShort(lines, lengths, wrapWidth)
  const kinds: Array<TableLineKind | null | undefined> = new Array(lines.length)
  const kindAt = (index: number): TableLineKind | null => {
    let kind = kinds[index]
    if (kind === undefined) {
      const line = lines[index] as SourceLine
      kind = kinds[index] = tableMarkFree(line, index) ? null : tableLineKind(line.text)
    }
    return kind
  }
  // A row is read when its line is looked at as `next`, and again as `current`: keep it.
  const rows: Array<TableRow | null | undefined> = new Array(lines.length)
  const rowAt = (index: number): TableRow | null => {
    let row = rows[index]
    if (row === undefined) {
      const kind = kindAt(index)
      const line = lines[index] as SourceLine
      row = rows[index] = kind === null ? null : readTableRow(line, kind, markerFree(line, index))
    }
    return row
  }
  // The marker of each trimmed line, read once (a line is looked at as `next`, then as `current`).
  const markers: Array<Marker | null | undefined> = new Array(lines.length)
  const markerAt = (index: number): Marker | null => {
    let marker = markers[index]
    if (marker === undefined) marker = markers[index] = readMarker((lines[index] as SourceLine).text.trim())
    return marker
  }
  const drafts: Array<Draft | TableRow> = []
  let index = 0
  while (index < lines.length) {
    const current = lines[index] as SourceLine
    if (lengths[index] === 0 || context.bodyLines.has(current.line) || furniture.has(current.line)) {
      index++
      continue
    }
    if (kindAt(index) === 'pipe' && isSeparatorRow(splitCells(current.text, 'pipe'))) {
      index++
      continue
    }
    const row = rowAt(index)
    if (row) {
      drafts.push(row)
      index++
      continue
    }
    const group = [current]
    const firstIndex = index
    let free = markerFree(current, index)
    let tabFree = tableMarkFree(current, index)
    let currentIndex = index
    let runs = starFree(current, index) ? 0 : countEmphasisRuns(current.text)
    index++
    while (index < lines.length) {
      const next = lines[index] as SourceLine
      if (lengths[index] === 0 || context.bodyLines.has(next.line) || rowAt(index) || furniture.has(next.line)) break
      // An emphasis left open ("*Căn cứ … của Thủ tướng" / "Chính phủ …;*") continues on the next line.
      // In a file whose paragraphs start with a line cut short, such a line goes on to the next one.
      const afterShortFirst = cutShort && group.length === 1 && isShortThenFull(lengths, currentIndex, index, wrapWidth as number)
      if (runs % 2 === 0 && !continuesOnNextLine(currentIndex, index, lines, lengths[currentIndex] as number, wrapWidth, markerAt, afterShortFirst)) break
      group.push(next)
      free &&= markerFree(next, index)
      tabFree &&= tableMarkFree(next, index)
      if (!starFree(next, index)) runs += countEmphasisRuns(next.text)
      currentIndex = index
      index++
    }
    drafts.push({lines: group, markerFree: free, tabFree, firstMarker: markers[firstIndex]})
  }
  // (built by `push`, as `trimmedLengths`: every reader of a root sees one kind of array)
  const children: Block[] = []
  for (const draft of applyJoins(drafts, context.joins)) children.push('type' in draft ? draft : toParagraph(draft))
  return {
    type: 'root',
    children,
    data: {bracketLabels: context.bracketLabels ?? new Set()}
  }
}

/**
 * Runs of emphasis asterisks on a line ("*", "**" and "***" are one run each), not counting a bullet
 * star at its start. An odd number leaves an emphasis open: "**I. TÌNH HÌNH" opens one, "*(OCOP) *đã"
 * and "tỷ đồng***[3]**," open none. (Counting asterisks would take "**…" for closed and "***[3]**"
 * for open.)
 */
function countEmphasisRuns(text: string): number {
  if (!text.includes('*')) return 0
  const marker = readMarker(text)
  const body = marker && (marker.kind === 'star' || marker.kind === 'dash' || marker.kind === 'plus') ? text.slice(marker.length) : text
  let count = 0
  for (let index = 0; index < body.length; index++) {
    if (body.charCodeAt(index) !== 42 /* * */) continue
    count++
    while (index + 1 < body.length && body.charCodeAt(index + 1) === 42) index++
  }
  return count
}

/**
 * Is the paragraph whose last line is line `currentIndex` (`currentLength` characters once trimmed)
 * wrapped onto line `nextIndex` (no blank line between them)? `markerAt`: the marker of a trimmed line.
 */
function continuesOnNextLine(
  currentIndex: number,
  nextIndex: number,
  lines: readonly SourceLine[],
  currentLength: number,
  wrapWidth: number | null,
  markerAt: (index: number) => Marker | null,
  afterShortFirst: boolean
): boolean {
  const text = (lines[currentIndex] as SourceLine).text.trimEnd()
  const nextText = (lines[nextIndex] as SourceLine).text.trim()
  const nextFirst = nextText.charCodeAt(0)
  // "ỦY BAN NHÂN DÂN            CỘNG HÒA …" / "PHƯỜNG TÂN ĐỊNH            Độc lập …": rows of columns set side by
  // side with spaces, as a layout-keeping export writes a two-column header, are not wrapped text.
  if (COLUMN_GAP.test(text) && COLUMN_GAP.test(nextText)) return false
  // "… hạ tầng kinh tế" / "- xã hội …": a dash before a lower-case word is a hyphen the wrap put first,
  // not a bullet (bullets start with a capital).
  // "… giai đoạn 2018" / "- 2023 …": a range of years, cut before its dash.
  if (nextFirst === 45 /* - */ || nextFirst === 0x2013 /* – */) {
    if (DASH_THEN_LOWER.test(nextText) && !endsWithTerminal(text)) return true
    if (continuesRange(text, nextText)) return true
  }
  // (a line in capitals is a title, unless it is one word: "… xuất khẩu 7 tỷ" / "USD.", an acronym, or
  // the last word of a title in capitals, "… 2026 - 2028 TỈNH CÀ" / "MAU")
  if (markerAt(nextIndex)) return false
  if (isAllCaps(nextText)) {
    if (holdsTwoWords(nextText)) return false
    if (isAllCaps(text)) return true
  }
  // A line that goes on in lower case continues the paragraph, even after ";" (a wrapped list of
  // clauses): Vietnamese paragraphs and items start with a capital or a marker. Not a title in
  // capitals: "NGHỊ QUYẾT" / "về nhiệm vụ …" is the kind of document, then its subject.
  if (STARTS_LOWER.test(nextText)) return !isCapitalsTitle(text)
  // Hard-wrapped text: a line that reaches the wrap width was cut by the layout, not by the author. Not a
  // numbered heading's line, "3.2. Tăng cường …" / "Đẩy mạnh …": its body may start under it; a list
  // item's, "(5) …" or "- …", goes on.
  const reachesWidth = wrapWidth !== null && currentLength >= wrapWidth * FULL_LINE
  const marker = reachesWidth ? markerAt(currentIndex) : null
  const cutByWidth = reachesWidth && (marker === null || LIST_ITEM_MARKERS.has(marker.kind))
  // "- Cơ cấu kinh tế: … Công nghiệp - xây dựng:" / "40,1%; Dịch vụ …": a label and its figure, wrapped.
  if (cutByWidth && text.charCodeAt(text.length - 1) === 58 /* : */ && STARTS_DIGIT.test(nextText)) return true
  // "… kiểu mẫu;" / "01 huyện đạt chuẩn …": a clause that the wrap cut before its figure (no marker: see above).
  if (cutByWidth && text.charCodeAt(text.length - 1) === 59 /* ; */ && FIGURE_THEN_LOWER.test(nextText)) return true
  // "+ Cơ cấu …: …; Công nghiệp - xây dựng 36%;" / "Thương mại - dịch vụ 35,5%.": a list item's first line,
  // full and ending in ";", goes on in its next clause (the next item would open with its marker).
  if (cutByWidth && marker !== null && text.charCodeAt(text.length - 1) === 59 /* ; */) return true
  if (endsWithTerminal(text)) return false
  if (STARTS_LOWER_OR_DIGIT.test(nextText)) return true
  const last = text.charCodeAt(text.length - 1)
  if (last === 44 /* , */ || last === 40 /* ( */ || last === 0x2013 /* – */ || last === 45 /* - */) return true
  // "… chỉ số cải cách hành chính (PAR" / "INDEX) đạt …": a parenthesis left open goes on.
  if (leavesParenthesisOpen(text)) return true
  const lastWord = lastWordOf(text)
  if (lastWord && CONTINUATION_WORDS.has(foldForMatch(lastWord))) return true
  // A line that reaches the wrap width, numbered heading or not, and ends with a level of government
  // before its name ("… năm 2023 của xã" / "Phước Hưng như sau:"), or before a line that starts with a
  // noun capitalised mid-sentence ("… phục vụ" / "Nhân dân; đổi mới …").
  if (reachesWidth && (endsWithAdminLevel(text) || startsWithCapitalisedNoun(nextText))) return true
  // "(Phục vụ Kỳ họp thứ 24, …)" under a title: an aside on a line of its own, not a wrapped line.
  if (isParentheticalLine(nextText)) return false
  // "… chỉ số cải cách hành chính" / "(PAR INDEX) đạt …": no paragraph opens with a parenthesis but a
  // marker "(3)" (see above) or an aside on a line of its own.
  if (reachesWidth && nextFirst === 40 /* ( */) return true
  // "- Dự báo tình hình kinh tế Việt" / "Nam giai đoạn 2026 - 2030 tiếp tục …" (see `firstLinesCutShort`).
  if (afterShortFirst) return true
  return cutByWidth
}

/**
 * A line in capitals of two words or more (`text` trimmed): a title ("NGHỊ QUYẾT", "KẾT QUẢ THỰC HIỆN …"),
 * not an acronym that ends a sentence ("USD").
 */
export function isCapitalsTitle(text: string): boolean {
  return isAllCaps(text) && holdsTwoWords(text)
}

/** Folded levels of government ("xã", "thị xã", "thành phố"), which a place name follows. */
const ADMIN_LEVELS: ReadonlySet<string> = new Set(ADMIN_LEVEL_WORDS.map(({word}) => word))

/** Does `text` end with a level of government, one word or two ("xã", "thành phố")? */
function endsWithAdminLevel(text: string): boolean {
  const last = lastWordOf(text)
  if (!last) return false
  if (ADMIN_LEVELS.has(foldForMatch(last))) return true
  const before = lastWordOf(text.slice(0, text.lastIndexOf(last)))
  return before !== undefined && ADMIN_LEVELS.has(foldForMatch(`${before} ${last}`))
}

/** Does `text` start with a noun of `CAPITALISED_NOUNS`, as a word ("Nhân dân;", "Covid-19,")? */
function startsWithCapitalisedNoun(text: string): boolean {
  const head = foldForMatch(text.slice(0, 12))
  return CAPITALISED_NOUNS.some((noun) => head.startsWith(noun) && !LETTER.test(head.charAt(noun.length)))
}

/** Does `text` open a parenthesis it does not close? */
function leavesParenthesisOpen(text: string): boolean {
  const open = text.lastIndexOf('(')
  return open >= 0 && text.indexOf(')', open) < 0
}

/** Markers of list items, which hold no heading and its body (see `continuesOnNextLine`). */
const LIST_ITEM_MARKERS: ReadonlySet<Marker['kind']> = new Set(['paren', 'dash', 'plus'])

/** A line that is one parenthesis, "(" to the ")" that closes it at the line's end (`text` trimmed). */
function isParentheticalLine(text: string): boolean {
  if (text.charCodeAt(0) !== 40 /* ( */ || text.charCodeAt(text.length - 1) !== 41 /* ) */) return false
  let depth = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 40) depth++
    else if (code === 41 && --depth === 0) return index === text.length - 1
  }
  return false
}

/**
 * Does the text end with sentence punctuation, maybe followed by quotes, stars, brackets and spaces?
 * `/[.!?;:…][\s"'”’*)\]]*$/u` read from the end (the regex is tried at every position of a long line).
 */
export function endsWithTerminal(text: string): boolean {
  let index = text.length - 1
  while (index >= 0 && isClosingCode(text.charCodeAt(index))) index--
  if (index < 0) return false
  const code = text.charCodeAt(index)
  return code === 46 /* . */ || code === 33 /* ! */ || code === 63 /* ? */ || code === 59 /* ; */ || code === 58 /* : */ || code === 0x2026 /* … */
}

/** Does the text end with a colon, maybe before emphasis marks and spaces: a lead or a heading ("… như sau:")? */
export function endsWithColon(text: string): boolean {
  return ENDS_WITH_COLON.test(text)
}

const ENDS_WITH_COLON = /:[*_\s]*$/

/** White space, quotes, stars and closing brackets that may follow the punctuation ending a sentence. */
function isClosingCode(code: number): boolean {
  return (
    isWhiteSpaceCode(code) ||
    code === 34 /* " */ ||
    code === 39 /* ' */ ||
    code === 0x201d /* ” */ ||
    code === 0x2019 /* ’ */ ||
    code === 42 /* * */ ||
    code === 41 /* ) */ ||
    code === 93 /* ] */
  )
}

/**
 * The last word of a line, before trailing spaces, stars and underscores: `/(\p{L}+)[\s*_]*$/u` read
 * from the end. Undefined when the line does not end with a letter.
 */
export function lastWordOf(text: string): string | undefined {
  let end = text.length
  for (;;) {
    const code = text.charCodeAt(end - 1)
    if (end > 0 && (isWhiteSpaceCode(code) || code === 42 /* * */ || code === 95 /* _ */)) end--
    else break
  }
  let start = end
  while (start > 0) {
    // A letter outside the basic plane is a surrogate pair: test the whole code point.
    const width = start >= 2 && isLowSurrogate(text.charCodeAt(start - 1)) && isHighSurrogate(text.charCodeAt(start - 2)) ? 2 : 1
    if (!isLetter(text.slice(start - width, start))) break
    start -= width
  }
  return start < end ? text.slice(start, end) : undefined
}

function isLetter(character: string): boolean {
  const code = character.charCodeAt(0)
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return LETTER.test(character)
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** Lines shorter than this (trimmed) say nothing about the wrap width. */
const WRAP_MIN_LENGTH = 30
/** A file whose long lines mostly reach past this is not hard-wrapped. */
const WRAP_MAX_WIDTH = 130

/**
 * The width at which a hard-wrapped (PDF) export cut its lines, or null when the file keeps one
 * paragraph per line. In wrapped text most long lines have nearly the same length.
 */
export function estimateWrapWidth(lines: readonly SourceLine[], trimmedLengths: readonly number[], bodyLines: ReadonlySet<number>): number | null {
  // The median and the 90th percentile of the long lines' lengths, read from a count of each length:
  // only lengths up to WRAP_MAX_WIDTH matter, the others all count as longer (no list to sort).
  const counts = new Uint32Array(WRAP_MAX_WIDTH + 1)
  let count = 0
  for (let index = 0; index < lines.length; index++) {
    const length = trimmedLengths[index] as number
    if (length < WRAP_MIN_LENGTH || bodyLines.has((lines[index] as SourceLine).line)) continue
    // A pipe-table row is as long as its cells make it, whatever the wrap width.
    if (startsWithPipe((lines[index] as SourceLine).text)) continue
    if (length <= WRAP_MAX_WIDTH) counts[length] = (counts[length] as number) + 1
    count++
  }
  if (count < 20) return null
  const p50 = lengthAtRank(counts, Math.floor(count * 0.5))
  const p90 = lengthAtRank(counts, Math.floor(count * 0.9))
  // One paragraph per line gives a long tail of very long lines; wrapping caps them near one width.
  return p90 !== null && p50 !== null && p90 <= p50 * 1.35 ? p90 : null
}

function startsWithPipe(text: string): boolean {
  return text.charCodeAt(firstNonWhiteSpace(text)) === 124 /* | */
}

/** A first line shorter than this share of the wrap width is cut short; a line from 0.8 on is full. */
const SHORT_FIRST_LINE = 0.6
const FULL_LINE = 0.8

/** Line `first` is cut short (trimmed length under SHORT_FIRST_LINE of the wrap width) and line `next` is full. */
function isShortThenFull(lengths: readonly number[], first: number, next: number, wrapWidth: number): boolean {
  return (lengths[first] as number) < wrapWidth * SHORT_FIRST_LINE && (lengths[next] as number) >= wrapWidth * FULL_LINE
}

/**
 * Does this hard-wrapped file cut the first line of its paragraphs short? Some PDF exports break every
 * paragraph after its first few words ("- Theo đánh giá trong 05 năm tới," / "kinh tế của tỉnh …"),
 * so a first line that ends before a capitalised word ("… kinh tế Việt" / "Nam giai đoạn …") looks
 * like a heading of its own. The evidence: paragraphs set apart by blank lines whose second line is full
 * and goes on in lower case (surely one paragraph) mostly start with a short line, in at least five.
 */
export function firstLinesCutShort(lines: readonly SourceLine[], trimmedLengths: readonly number[], wrapWidth: number): boolean {
  let short = 0
  let full = 0
  for (let index = 0; index + 1 < lines.length; index++) {
    if (trimmedLengths[index] === 0 || (index > 0 && trimmedLengths[index - 1] !== 0)) continue
    if ((trimmedLengths[index + 1] as number) < wrapWidth * FULL_LINE || !STARTS_LOWER.test((lines[index + 1] as SourceLine).text)) continue
    if ((trimmedLengths[index] as number) < wrapWidth * SHORT_FIRST_LINE) short++
    else full++
  }
  return short >= 5 && short >= 4 * full
}

/** The length at `rank` (0-based) in the sorted lengths counted in `counts`; null: one past WRAP_MAX_WIDTH. */
function lengthAtRank(counts: Uint32Array, rank: number): number | null {
  let seen = 0
  for (let length = WRAP_MIN_LENGTH; length <= WRAP_MAX_WIDTH; length++) {
    seen += counts[length] as number
    if (seen > rank) return length
  }
  return null
}

function applyJoins(drafts: Array<Draft | TableRow>, joins: BlockContext['joins']): Array<Draft | TableRow> {
  if (joins.length === 0) return drafts
  const continuation = new Map(joins.map((join) => [join.from, join.to]))
  const result: Array<Draft | TableRow> = []
  const startsAt = new Map<number, Draft>()
  for (const draft of drafts) if (!('type' in draft)) startsAt.set((draft.lines[0] as SourceLine).line, draft)
  const absorbed = new Set<Draft>()
  for (const draft of drafts) {
    if ('type' in draft) {
      result.push(draft)
      continue
    }
    if (absorbed.has(draft)) continue
    let tail = (draft.lines.at(-1) as SourceLine).line
    let to = continuation.get(tail)
    while (to !== undefined) {
      const next = startsAt.get(to)
      if (!next || next === draft || absorbed.has(next)) break
      draft.lines.push(...next.lines)
      draft.markerFree &&= next.markerFree
      draft.tabFree &&= next.tabFree
      absorbed.add(next)
      tail = (next.lines.at(-1) as SourceLine).line
      to = continuation.get(tail)
    }
    result.push(draft)
  }
  return result
}

function toParagraph(draft: Draft): Paragraph {
  const {lines, markerFree, tabFree, firstMarker} = draft
  // One line (every paragraph of a Word export): its text is the line trimmed, with one segment. (Arrays
  // grown by `push` start with room for 16 entries: the general case below costs ~5x the memory.)
  if (lines.length === 1) return toOneLineParagraph(lines[0] as SourceLine, markerFree, tabFree, firstMarker)
  const segments: Segment[] = []
  // The pieces are joined once: a string built by `+=` is a chain of pieces that every later search
  // would first have to copy into one.
  const pieces: string[] = []
  let length = 0
  for (const {line, text: raw} of lines) {
    const start = firstNonWhiteSpace(raw)
    const piece = pieceOf(raw, start, tabFree)
    if (pieces.length > 0 && piece !== '' && isCutInsideWord(pieces[pieces.length - 1] as string, piece)) {
      // "… cận ng" / "hèo …": the halves of one word, joined without a space.
      segments.push({line, offset: length, column: start + 1})
      pieces[pieces.length - 1] += piece
      length += piece.length
      continue
    }
    // One space between pieces, none before the first text.
    if (length > 0) length++
    segments.push({line, offset: length, column: start + 1})
    if (length > 0 || piece !== '') pieces.push(piece)
    length += piece.length
  }
  const text = pieces.join(' ')
  const first = lines[0] as SourceLine
  const last = lines.at(-1) as SourceLine
  const paragraph: Paragraph = {
    type: 'paragraph',
    text,
    segments,
    position: {
      start: {line: first.line, column: segments[0]?.column ?? 1},
      end: {line: last.line, column: last.text.length + 1}
    },
    markerFree
  }
  return paragraph
}

/** Line `raw` trimmed, from `start` (where its first character that is no white space stands), tabs as spaces. */
function pieceOf(raw: string, start: number, tabFree: boolean): string {
  let end = raw.length
  while (end > start && isWhiteSpaceCode(raw.charCodeAt(end - 1))) end--
  const piece = raw.slice(start, end)
  return !tabFree && piece.includes('\t') ? piece.replace(/\t/g, ' ') : piece
}

/** `toParagraph` of a draft of one line. */
function toOneLineParagraph(line: SourceLine, markerFree: boolean, tabFree: boolean, firstMarker: Marker | null | undefined): Paragraph {
  const raw = line.text
  const start = firstNonWhiteSpace(raw)
  const paragraph: Paragraph = {
    type: 'paragraph',
    text: pieceOf(raw, start, tabFree),
    segments: [{line: line.line, offset: 0, column: start + 1}],
    position: {start: {line: line.line, column: start + 1}, end: {line: line.line, column: raw.length + 1}},
    markerFree
  }
  // Without a tab the text is the line trimmed, whose marker the parser may have read, as `markerOf`
  // would read it. (Set as `markerOf` sets it: the paragraphs keep one shape.)
  if (tabFree && firstMarker !== undefined) paragraph.marker = firstMarker
  return paragraph
}

/**
 * Does `before` end in the first letters of a word whose rest starts `after`? Its last word is an
 * initial consonant cluster that is no word alone (`WORD_ONSETS`: "ng", "nh", "th" …) and `after`
 * goes on in lower case.
 */
function isCutInsideWord(before: string, after: string): boolean {
  const last = before.length - 1
  // (a cheap test first: the clusters end in "g", "h" or "r"; most lines end in a vowel or punctuation)
  const code = before.charCodeAt(last)
  if (last < 1 || (code !== 103 /* g */ && code !== 104 /* h */ && code !== 114 /* r */)) return false
  return WORD_ONSETS.has(before.slice(before.lastIndexOf(' ') + 1)) && FIRST_LOWER.test(after)
}

const FIRST_LOWER = /^\p{Ll}/u

/** A tab-separated or pipe line (of kind `kind`) with at least two non-empty cells is a table row. */
function readTableRow(line: SourceLine, kind: TableLineKind, markerFree: boolean): TableRow | null {
  const cells: string[] = []
  for (const cell of splitCells(line.text, kind)) cells.push(cell.trim())
  if (cells.filter(Boolean).length < 2 || isSeparatorRow(cells)) return null
  return {
    type: 'tableRow',
    cells,
    line: line.line,
    position: {start: {line: line.line, column: 1}, end: {line: line.line, column: line.text.length + 1}},
    markerFree
  }
}

/**
 * Tab-separated or pipe table lines, with the same rules as `readTableKind` but without its check for
 * space-aligned columns: running text often has double spaces, and the block parser never reads
 * space-aligned tables (the annex extractor does, within an annex).
 */
function tableLineKind(text: string): TableLineKind | null {
  if (!text.includes('\t') && !text.includes('|')) return null
  const kind = readTableKind(text.includes('\t') ? text : text.replace(/ {2,}/g, ' '), null)
  return kind === 'tab' || kind === 'pipe' ? kind : null
}

/** The source line and column of a character offset in a paragraph's text. */
export function locate(paragraph: Paragraph, offset: number): {line: number; column: number} {
  let segment = paragraph.segments[0] as Segment
  for (const candidate of paragraph.segments) {
    if (candidate.offset > offset) break
    segment = candidate
  }
  return {line: segment.line, column: segment.column + Math.max(0, offset - segment.offset)}
}

/** A line written in capitals (a title such as "KẾT QUẢ THỰC HIỆN…"), at least two letters. */
export function isAllCaps(text: string): boolean {
  return !ANY_LOWER.test(text) && TWO_CAPITALS.test(text)
}

/** Two words or more: white space between two characters that are not (`text` trimmed). */
function holdsTwoWords(text: string): boolean {
  for (let index = 1; index < text.length - 1; index++) if (isWhiteSpaceCode(text.charCodeAt(index))) return true
  return false
}

/** Stops at the first lower-case letter, which in running text comes within a few characters. */
const ANY_LOWER = /\p{Ll}/u
const TWO_CAPITALS = /\p{Lu}[^]*\p{Lu}/u
