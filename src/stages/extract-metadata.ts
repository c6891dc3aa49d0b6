/**
 * Header metadata: kind, draft, number, title, issuer, locality, admin level, term, session, place and
 * date of issue, date of adoption, plan year and legal bases.
 *
 * Reads the header (everything before the operative part: "QUYẾT NGHỊ:", "Điều 1.", "Phần thứ nhất",
 * the first numbered heading), the closing adoption sentence, and the signature block.
 */
import type {VFile} from 'vfile'
import {report} from '../diagnostics.js'
import type {AdminLevel, DocumentKind, DocumentMetadata} from '../schema.js'
import type {SourceLine} from '../types.js'
import {
  ADMIN_LEVEL_WORDS,
  DOCUMENT_KIND_TITLES,
  DRAFT_MARK,
  INSTRUMENT_TYPES,
  ISSUER_LINE_STARTS,
  ISSUING_BODIES,
  LEGAL_BASIS_START,
  MOTTO_STARTS,
  NATIONAL_MOTTO,
  NUMBER_KIND_CODES,
  RESOLVES_LINE,
  SESSION_QUALIFIERS
} from '../vocabulary/administration.js'
import {ADOPTION_SENTENCE} from '../vocabulary/headings.js'
import {NUMBER_WORD_PATTERN, parseNumberWords} from '../vocabulary/number-words.js'
import {foldForMatch} from '../vocabulary/orthography.js'
import type {Block, BlockRoot, Paragraph} from './parse-blocks.js'
import {isWhiteSpaceCode} from './white-space.js'
import {markerOf, readMarker} from './read-marker.js'
import {foldedTextOf, keptIndexFrom, plainTextOf, stripEmphasis} from './split-sections.js'

const NUMBER_LINE = /^số\s*:?\s*(.*)$/u
/** "412/NQ-HĐND", "412/2023/NQ-HĐND", and "412 /NQ-HĐND" (a number typed into the blank left before "/"). */
const DOCUMENT_NUMBER = /^(\d[\w.-]*[ \t]?\/[\p{L}\d./-]*[\p{L}\d])/u
/** The space a number typed into the blank keeps before "/", which is not part of the number. */
const SPACE_BEFORE_SLASH = /[ \t]\//
/** Day, month and year (groups 1-3), in words or in figures: "07 tháng 12 năm 2023", "07/12/2023", "7-12-2023", "07.12.2023". */
const DAY_MONTH_YEAR = String.raw`(\d{1,2})\s*(?:tháng|[/.-])\s*(\d{1,2})\s*(?:năm|[/.-])\s*(\d{4})`
const DATE = new RegExp(`ngày\\s+${DAY_MONTH_YEAR}`, 'u')
/** "Hưng Yên, ngày 07 tháng 12 năm 2023": the place (group 1), then the date. */
const PLACE_DATE = new RegExp(`^([^,]{2,60}),\\s*ngày\\s+${DAY_MONTH_YEAR}`, 'u')
const TERM = /(?:^|[^\p{L}])khóa\s+([ivxlc]+)(?![\p{L}])/u
const SESSION = new RegExp(`kỳ họp\\s+(?:(?:${SESSION_QUALIFIERS.join('|')})\\s+)*thứ\\s+(\\d{1,3}|${NUMBER_WORD_PATTERN}(?:\\s+${NUMBER_WORD_PATTERN})*)`, 'u')
const YEAR = /năm\s+(\d{4})/gu
/** The separator between two instruments of a preamble line, before the next one's type. */
const BEFORE_INSTRUMENT = `\\s*(?:;|,)?\\s+(?:và\\s+)?(?=(?:${INSTRUMENT_TYPES.join('|')})\\s)`
/**
 * Where a preamble line passes from one instrument to the next: after a date ("năm 2015", "19/6/2015") or
 * a number ("105/2023/QH15"), before a type.
 * The split starts with a space, ";" or ","; the lookaheads for one and for the separator spare the
 * lookbehind (whose case-insensitive letter class costs much, read backwards) at other positions.
 */
export const SPLIT_AFTER_DATE = new RegExp(`(?=[\\s;,])(?=${BEFORE_INSTRUMENT})(?<=năm \\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{4}/[\\p{L}\\d-]+)${BEFORE_INSTRUMENT}`, 'giu')

/**
 * What a clause holds where `SPLIT_AFTER_DATE` can split it: four digits, maybe "/" and more of a
 * number, then white space, ";" or ",". Most clauses (one instrument, its date last) hold none, and the
 * costly split pattern is not run over them.
 */
export const MAY_SPLIT_AFTER_DATE = /\d{4}(?:\/[^\s;,]+)?[\s;,]/

/** How many blocks the header and the signature block may take at most. */
const HEADER_BLOCKS = 80
const SIGNATURE_BLOCKS = 60

/** Headings that speak of the plan, and those that evaluate the past year. */
const PLAN_WORDS = /(?:kế hoạch|chỉ tiêu|mục tiêu|nhiệm vụ|giải pháp)/u
const EVALUATION_WORDS = /(?:đánh giá|kết quả|tình hình thực hiện)/u
export const ADOPTION = new RegExp(`thông qua\\s+ngày\\s+${DAY_MONTH_YEAR}`, 'u')
/**
 * A cheap test that a paragraph may hold `ADOPTION` once stripped of emphasis and folded: the letters of
 * "thông qua", in any case, with emphasis marks between them and white space between the words.
 */
export const MAY_STATE_ADOPTION = /t[*_]*h[*_]*ô[*_]*n[*_]*g[\s*_]*\s[\s*_]*q[*_]*u[*_]*a/i

/**
 * `MAY_STATE_ADOPTION.test(text)`, read around each "ô" or "Ô" (found by a fast search): the regex over
 * a long paragraph costs much more. (Only "H" folds to "h" in a case-insensitive regex without the `u`
 * flag, and so on for each letter: comparing codes with the case bit set is its match.)
 */
export function mayStateAdoption(text: string): boolean {
  return hasThongQua(text, 'ô') || hasThongQua(text, 'Ô')
}

function hasThongQua(text: string, vowel: string): boolean {
  for (let at = text.indexOf(vowel, 2); at >= 0; at = text.indexOf(vowel, at + 1)) {
    // "t", "h" before the vowel, "n", "g" after it, emphasis marks between them.
    const h = markBefore(text, at)
    if (h < 0 || (text.charCodeAt(h) | 0x20) !== 0x68 /* h */) continue
    const t = markBefore(text, h)
    if (t < 0 || (text.charCodeAt(t) | 0x20) !== 0x74 /* t */) continue
    const n = markAfter(text, at)
    if ((text.charCodeAt(n) | 0x20) !== 0x6e /* n */) continue
    const g = markAfter(text, n)
    if ((text.charCodeAt(g) | 0x20) !== 0x67 /* g */) continue
    // White space (one at least) and emphasis marks, then "qua".
    let q = g + 1
    let spaced = false
    for (; q < text.length; q++) {
      const code = text.charCodeAt(q)
      if (isWhiteSpaceCode(code)) spaced = true
      else if (code !== 42 /* * */ && code !== 95 /* _ */) break
    }
    if (!spaced || (text.charCodeAt(q) | 0x20) !== 0x71 /* q */) continue
    const u = markAfter(text, q)
    if ((text.charCodeAt(u) | 0x20) !== 0x75 /* u */) continue
    if ((text.charCodeAt(markAfter(text, u)) | 0x20) === 0x61 /* a */) return true
  }
  return false
}

/** Index of the first character after `index` that is no star or underscore (the length: none). */
function markAfter(text: string, index: number): number {
  let next = index + 1
  while (next < text.length && isEmphasisCode(text.charCodeAt(next))) next++
  return next
}

/** Index of the last character before `index` that is no star or underscore (-1: none). */
function markBefore(text: string, index: number): number {
  let previous = index - 1
  while (previous >= 0 && isEmphasisCode(text.charCodeAt(previous))) previous--
  return previous
}

function isEmphasisCode(code: number): boolean {
  return code === 42 /* * */ || code === 95 /* _ */
}

export function extractMetadata(lines: readonly SourceLine[], root: BlockRoot, file: VFile): DocumentMetadata {
  void lines
  const paragraphs = root.children.filter((block): block is Paragraph => block.type === 'paragraph')
  const texts = new FoldedTexts(paragraphs)
  const headerEnd = findHeaderEnd(paragraphs, texts)
  const header = paragraphs.slice(0, headerEnd)
  const operativeLine = paragraphs[headerEnd]?.position.start.line ?? Number.POSITIVE_INFINITY
  // The header is at most the first blocks before the operative part; the signature block the last ones.
  const blockCount = root.children.length
  const cells = readCells(root, HEADER_BLOCKS, operativeLine)
  // (read only when the header leaves the issuer open, see `readIssuer`)
  const trailing = () => new SignatureRows(root, blockCount - SIGNATURE_BLOCKS, operativeLine)
  const flat = cells.flat()
  // Folding keeps the length: only a cell as long as a title can be one.
  const kindIndex = flat.findIndex((cell) => DOCUMENT_KIND_TITLES.some((entry) => entry.title.length === cell.text.length && entry.title === cell.folded))
  const number = readNumber(flat)
  const kind = readKind(kindIndex >= 0 ? (flat[kindIndex] as Cell).folded : null, number, texts)
  const titleParagraph = kindIndex >= 0 ? readTitle(header, flat[kindIndex] as Cell) : null
  const title = titleParagraph ? plainTextOf(titleParagraph) : null
  // (`foldForMatch(title)`, folded once for all stages)
  const foldedTitle = titleParagraph ? foldedTextOf(titleParagraph) : null
  // The mark sits in the masthead: in the first lines, or anywhere above the title of the document's
  // kind (a file that puts a blank line between lines has its title below line 15).
  const draft = flat.some((cell, index) => (cell.line <= 15 || index < kindIndex) && DRAFT_MARK.test(cell.folded))

  const {issuer, locality, adminLevel} = readIssuer(cells, trailing, paragraphs, kind, file)
  const placeDate = readPlaceAndDate(flat)
  const closing = findAdoption(texts)
  // "… thông qua và có hiệu lực kể từ ngày thông qua": adopted, on no date the sentence gives; a
  // resolution is dated the day its council passes it.
  const adoptedOn = closing ? toIsoDate(ADOPTION.exec(closing)) : kind === 'resolution' && statesAdoption(texts) ? placeDate.issuedOn : null

  // The header cells (folded when first read: the first match ends the search), the title, the closing.
  const termSource = [...(foldedTitle !== null ? [foldedTitle] : []), ...(closing ? [closing] : [])]
  const term = firstMatch(flat, termSource, TERM)?.toUpperCase() ?? null
  const sessionText = firstMatch(flat, termSource, SESSION)
  const session = sessionText === null ? null : /^\d+$/.test(sessionText) ? Number(sessionText) : parseNumberWords(sessionText)

  return {
    kind,
    draft,
    number,
    title,
    issuer,
    locality,
    adminLevel,
    planYear: readPlanYear(foldedTitle, texts, adoptedOn ?? placeDate.issuedOn),
    place: placeDate.place,
    issuedOn: placeDate.issuedOn,
    adoptedOn,
    term,
    session,
    legalBases: readLegalBases(header, texts)
  }
}

/**
 * Folded text (emphasis removed) of the paragraphs, computed when first asked for (and kept on the
 * paragraph, see `foldedTextOf`): most readings below look at the header only or stop early, and folding
 * every paragraph up front cost more than the rest.
 */
class FoldedTexts {
  constructor(readonly paragraphs: readonly Paragraph[]) {}

  get length(): number {
    return this.paragraphs.length
  }

  /** `foldForMatch(stripEmphasis(text))` of paragraph `index`. */
  at(index: number): string {
    return foldedTextOf(this.paragraphs[index] as Paragraph)
  }

  /**
   * The folded text of a paragraph that can hold metadata: short ones (headings, formulas) and the
   * adoption sentence; long running text is left alone ('').
   */
  metadataAt(index: number): string {
    const text = (this.paragraphs[index] as Paragraph).text
    return text.length <= 300 || text.includes('thông qua') ? this.at(index) : ''
  }
}

/** Cells longer than this never name the issuer. */
const ISSUER_CELL_MAX = 120

/**
 * A piece of a header line: header blocks are often two columns side by side (tabs or wide spaces). The
 * text (emphasis and motto removed) and its folded form are computed when first asked for: the
 * signature-block rows include long paragraphs of running text that are never read.
 */
class Cell {
  private cleanText: string | undefined
  private foldedText: string | undefined

  constructor(
    private readonly piece: string,
    readonly line: number,
    readonly column: number,
    /** A length the text is known to exceed (0 when not known). */
    private readonly knownLength = 0,
    /** The paragraph when the piece is its whole text: its readings are shared with other stages. */
    private readonly paragraph: Paragraph | null = null
  ) {}

  get text(): string {
    if (this.cleanText === undefined) this.cleanText = withoutMotto(this.paragraph ? plainTextOf(this.paragraph) : stripEmphasis(this.piece))
    return this.cleanText
  }

  get folded(): string {
    if (this.foldedText === undefined) {
      const text = this.text
      // Without a motto cut out, the text is the paragraph's plain text, folded once for all stages.
      this.foldedText = this.paragraph && text === plainTextOf(this.paragraph) ? foldedTextOf(this.paragraph) : foldForMatch(text)
    }
    return this.foldedText
  }

  /** `mayNameIssuer` of the cell's piece. */
  mayNameIssuer(): boolean {
    return mayNameIssuer(this.piece)
  }

  isLongerThan(length: number): boolean {
    return this.knownLength > length || this.text.length > length
  }
}

/** Three or more spaces: the gap between two columns of a header line. */
const COLUMN_GAP = / {3,}/

/**
 * Cells of the first `count` blocks that start before line `before`, one array per block; the national
 * motto left out. (The blocks are in the order of their first lines: the first one past `before` ends
 * the reading.)
 */
function readCells(root: BlockRoot, count: number, before: number): Cell[][] {
  const rows: Cell[][] = []
  const end = Math.min(count, root.children.length)
  for (let index = 0; index < end; index++) {
    const block = root.children[index] as Block
    if (block.position.start.line >= before) break
    const row = readRow(block)
    if (row.length > 0) rows.push(row)
  }
  return rows
}

/** The pieces of a block: a table row's cells, or the columns of a line set apart by wide spaces. */
function piecesOf(block: Block): readonly string[] {
  if (block.type === 'tableRow') return block.cells
  // A test (faster than includes('   ')) spares the split most paragraphs.
  return COLUMN_GAP.test(block.text) ? block.text.split(COLUMN_GAP) : [block.text]
}

/** The cells of a block (the national motto left out): none when all its pieces are empty. */
function readRow(block: Block, pieces = piecesOf(block)): Cell[] {
  const line = block.position.start.line
  const whole = block.type === 'paragraph' && pieces.length === 1
  const row: Cell[] = []
  pieces.forEach((piece, column) => {
    // A long piece of running text keeps more than ISSUER_CELL_MAX characters: it is a cell, read lazily.
    const known = piece.length > ISSUER_CELL_MAX ? keptLength(piece, ISSUER_CELL_MAX + 1) : 0
    const cell = new Cell(piece, line, column, known, whole ? (block as Paragraph) : null)
    if (known > 0 || cell.text !== '') row.push(cell)
  })
  return row
}

/**
 * The rows of the signature block, last first, read into cells only when asked for: most of the last
 * blocks are running text that names no issuing body, and `mayNameIssuer` tells them by a letter.
 */
class SignatureRows {
  private readonly blocks: Block[] = []
  private readonly rows: Array<Cell[] | undefined> = []

  /** The blocks from index `from` on that start on line `fromLine` or later, last first. */
  constructor(root: BlockRoot, from: number, fromLine: number) {
    for (let index = root.children.length - 1; index >= Math.max(0, from); index--) {
      const block = root.children[index] as Block
      // (in the order of their first lines: the first one before `fromLine` ends the reading)
      if (block.position.start.line < fromLine) break
      this.blocks.push(block)
    }
  }

  get length(): number {
    return this.blocks.length
  }

  /** The cells of row `index` (none when all its pieces are empty). */
  at(index: number): Cell[] {
    let row = this.rows[index]
    if (row === undefined) row = this.rows[index] = readRow(this.blocks[index] as Block)
    return row
  }

  /** The cells of row `index`, or none when no piece of it may name an issuing body. */
  issuerCellsAt(index: number): readonly Cell[] {
    const pieces = piecesOf(this.blocks[index] as Block)
    return pieces.some(mayNameIssuer) ? this.at(index) : []
  }
}

/**
 * May the cell of `piece` name an issuing body (`ISSUING_BODIES` after a signing prefix)? Only when its
 * first two letters (no white space or emphasis mark) are those of a body or a prefix, or the motto
 * starts at the first or second letter (`withoutMotto` may cut it out before a body). Most pieces fail on
 * their first letter.
 */
export function mayNameIssuer(piece: string): boolean {
  const first = keptIndexFrom(piece, 0)
  const second = first < 0 ? -1 : keptIndexFrom(piece, first + 1)
  if (second < 0) return false
  const one = lowerCodeAt(piece, first)
  const two = lowerCodeAt(piece, second)
  // A letter that lower-cases to two ("İ") moves the positions the motto is cut at: no cheap answer.
  if (one < 0 || two < 0) return true
  if (ISSUER_CELL_STARTS.has(pairCode(one, two))) return true
  if (!MOTTO_INITIALS.has(two)) return false
  const third = keptIndexFrom(piece, second + 1)
  if (third < 0) return false
  const three = lowerCodeAt(piece, third)
  return three < 0 || MOTTO_PAIRS.has(pairCode(two, three))
}

/** Two code units as one number. */
function pairCode(first: number, second: number): number {
  return first * 0x10000 + second
}

/** The two-letter starts of a line naming an issuer or of the motto, the motto's, and its first letters. */
const ISSUER_CELL_STARTS = pairCodes([...ISSUER_LINE_STARTS, ...MOTTO_STARTS])
const MOTTO_PAIRS = pairCodes(MOTTO_STARTS)
const MOTTO_INITIALS = new Set(MOTTO_STARTS.map((start) => start.charCodeAt(0)))

function pairCodes(starts: readonly string[]): Set<number> {
  return new Set(starts.filter((start) => start.length === 2).map((start) => pairCode(start.charCodeAt(0), start.charCodeAt(1))))
}

/** The lower case of the code units above ASCII met so far (-1: not one code unit). */
const LOWER_CODES = new Map<number, number>()

/** The code of `text.charAt(index).toLowerCase()`, or -1 when that is not one code unit ("İ"). */
function lowerCodeAt(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code
  let lower = LOWER_CODES.get(code)
  if (lower === undefined) {
    const folded = String.fromCharCode(code).toLowerCase()
    lower = folded.length === 1 ? folded.charCodeAt(0) : -1
    LOWER_CODES.set(code, lower)
  }
  return lower
}

/**
 * How many characters of `piece` `withoutMotto(stripEmphasis(piece))` surely keeps, counted up to
 * `limit`: those that are no white space, star or underscore, when no motto can be cut out of it. 0
 * when one may be.
 */
export function keptLength(piece: string, limit: number): number {
  // Emphasis marks may hide the motto's words from `mentionsMotto` ("C*ỘNG HÒA"): then any "ộ" counts.
  const marked = piece.includes('*') || piece.includes('_')
  if (marked ? piece.includes('ộ') || piece.includes('Ộ') : mayHoldMotto(piece)) return 0
  let count = 0
  for (let index = 0; index < piece.length && count < limit; index++) {
    const code = piece.charCodeAt(index)
    if (code !== 42 /* * */ && code !== 95 /* _ */ && !isWhiteSpaceCode(code)) count++
  }
  return count
}

/**
 * Remove the national motto from a header cell that a flattened two-column header glued to the issuer.
 * (Once the text mentions "cộng" or "độc", white space is collapsed too, motto or not.)
 */
export function withoutMotto(text: string): string {
  if (!mentionsMotto(text)) return text
  // Without the start of either phrase the loop below would only collapse white space.
  if (!mayHoldMotto(text)) return text.replace(/\s+/g, ' ').trim()
  let result = text
  for (const pattern of NATIONAL_MOTTO) {
    const folded = foldForMatch(result)
    let cut = ''
    let last = 0
    for (const match of folded.matchAll(pattern)) {
      cut += result.slice(last, match.index)
      last = match.index + match[0].length
    }
    result = (cut + result.slice(last)).replace(/\s+/g, ' ').trim()
  }
  return result
}

/**
 * May `withoutMotto` find a phrase of the motto in the text (or in the text with its white space
 * collapsed): "cộng h…" or "độc l…", in any case? (`/c[ộỘ]ng\s+h|đ[ộỘ]c\s+l/iu.test(text)`)
 */
export function mayHoldMotto(text: string): boolean {
  return hasMottoWord(text, 'ộ', true) || hasMottoWord(text, 'Ộ', true)
}

/**
 * Does the text hold a motto word, "cộng" or "độc" in any case (`/c[ộỘ]ng|đ[ộỘ]c/iu.test(text)`): the
 * words of the motto (`NATIONAL_MOTTO`) that `withoutMotto` looks for?
 */
export function mentionsMotto(text: string): boolean {
  return hasMottoWord(text, 'ộ', false) || hasMottoWord(text, 'Ộ', false)
}

/**
 * Is `vowel` ("ộ" or "Ộ") the vowel of a motto word in the text, followed when `phrase` is set by white
 * space and the next word's first letter ("cộng h", "độc l")? Read around each occurrence of the vowel,
 * found by a fast search: a case-insensitive Unicode regex over a long paragraph costs much more. (No
 * other character folds to c, n, g, h, l or đ in any case, so comparing codes with case bits cleared is
 * the regex's case-insensitive match.)
 */
function hasMottoWord(text: string, vowel: string, phrase: boolean): boolean {
  for (let at = text.indexOf(vowel, 1); at >= 0; at = text.indexOf(vowel, at + 1)) {
    const before = text.charCodeAt(at - 1)
    let end: number
    let next: number
    if ((before | 0x20) === 0x63 /* c */ && (text.charCodeAt(at + 1) | 0x20) === 0x6e /* n */ && (text.charCodeAt(at + 2) | 0x20) === 0x67 /* g */) {
      end = at + 3
      next = 0x68 /* h */
    } else if ((before | 1) === 0x111 /* đ */ && (text.charCodeAt(at + 1) | 0x20) === 0x63 /* c */) {
      end = at + 2
      next = 0x6c /* l */
    } else continue
    if (!phrase) return true
    let index = end
    while (index < text.length && isWhiteSpaceCode(text.charCodeAt(index))) index++
    if (index > end && (text.charCodeAt(index) | 0x20) === next) return true
  }
  return false
}

/**
 * The paragraph of the title after the kind line: "Về nhiệm vụ phát triển kinh tế - xã hội năm 2024"
 * (wrapped lines joined); the title is its plain text.
 */
function readTitle(header: readonly Paragraph[], kindCell: Cell): Paragraph | null {
  const index = header.findIndex((paragraph) => paragraph.position.start.line > kindCell.line)
  const next = header[index]
  if (!next) return null
  const text = plainTextOf(next)
  return text.length > 0 && text.length <= 400 ? next : null
}

/** Index of the first paragraph of the operative part. */
function findHeaderEnd(paragraphs: readonly Paragraph[], texts: FoldedTexts): number {
  for (let index = 0; index < paragraphs.length; index++) {
    if (mayFoldToInitial((paragraphs[index] as Paragraph).text, RESOLVES_INITIAL) && RESOLVES_LINE.test(texts.at(index))) return index
    const marker = markerOf(paragraphs[index] as Paragraph)
    if (marker && marker.kind !== 'dash' && marker.kind !== 'star' && marker.kind !== 'plus') return index
  }
  return Math.min(paragraphs.length, 12)
}

/** The letters the operative line and a legal basis start with, in folded text. */
const RESOLVES_INITIAL = initialOf(RESOLVES_LINE)
const LEGAL_BASIS_INITIAL = initialOf(LEGAL_BASIS_START)

/**
 * The ASCII letter (its code) that folded text matched by `pattern` (anchored at the start) begins with:
 * "^quyết nghị…" -> "q". Only its upper and lower case fold to it, unlike "i" ("İ") and "k" (the Kelvin
 * sign).
 */
export function initialOf(pattern: RegExp): number {
  const letter = pattern.source.charAt(1)
  if (pattern.source.charAt(0) !== '^' || pattern.flags.includes('i') || !/^[a-hj-z]$/.test(letter) || letter === 'k') {
    throw new Error(`initialOf: ${pattern} does not start with a plain ASCII letter`)
  }
  return letter.charCodeAt(0)
}

/**
 * May `foldForMatch(stripEmphasis(text))` start with the letter `initial` (from `initialOf`)? Only when
 * the first character that is no white space, star or underscore is that letter in either case: the
 * plain text starts there, or with an underscore it keeps.
 */
export function mayFoldToInitial(text: string, initial: number): boolean {
  const first = keptIndexFrom(text)
  return first >= 0 && (text.charCodeAt(first) | 0x20) === initial
}

function readNumber(cells: readonly Cell[]): string | null {
  for (const cell of cells) {
    const match = NUMBER_LINE.exec(cell.folded)
    if (!match) continue
    const value = cell.text.slice(cell.text.length - (match[1] ?? '').length).trim()
    const number = DOCUMENT_NUMBER.exec(value)?.[1]
    return number === undefined ? null : number.replace(SPACE_BEFORE_SLASH, '/')
  }
  return null
}

function readKind(kindTitle: string | null, number: string | null, texts: FoldedTexts): DocumentKind {
  if (kindTitle !== null) return DOCUMENT_KIND_TITLES.find((entry) => entry.title === kindTitle)?.kind ?? 'unknown'
  const code = number ? /\/([\p{L}]+)-/u.exec(foldForMatch(number))?.[1] : undefined
  if (code && NUMBER_KIND_CODES[code]) return NUMBER_KIND_CODES[code]
  for (let index = 0; index < texts.length; index++) {
    const text = texts.metadataAt(index)
    if (RESOLVES_LINE.test(text) || /^nghị quyết này/u.test(text)) return 'resolution'
  }
  for (let index = 0; index < texts.length; index++) if (/^trên đây là báo cáo/u.test(texts.metadataAt(index))) return 'report'
  return 'unknown'
}

/**
 * The last paragraph that states the adoption ("… thông qua ngày 20 tháng 12 năm 2023"), folded. A
 * paragraph without "thông qua" in any case (most of them) is not folded.
 */
function findAdoption(texts: FoldedTexts): string | null {
  for (let index = texts.length - 1; index >= 0; index--) {
    if (!mayStateAdoption((texts.paragraphs[index] as Paragraph).text)) continue
    const text = texts.metadataAt(index)
    if (ADOPTION.test(text)) return text
  }
  return null
}

/** Does a paragraph say that the council passed the resolution, dated or not ("… thông qua và có hiệu lực …")? */
function statesAdoption(texts: FoldedTexts): boolean {
  for (let index = texts.length - 1; index >= 0; index--) {
    if (mayStateAdoption((texts.paragraphs[index] as Paragraph).text) && ADOPTION_SENTENCE.test(texts.metadataAt(index))) return true
  }
  return false
}

interface IssuerReading {
  issuer: string | null
  locality: string | null
  adminLevel: AdminLevel
}

/**
 * The issuing body from a header line in capitals ("HỘI ĐỒNG NHÂN DÂN TỈNH HƯNG YÊN") or, failing that,
 * from the signature block ("TM. ỦY BAN NHÂN DÂN", "UBND THỊ XÃ HỒNG LĨNH"). When the line names the
 * level but not the place ("HỘI ĐỒNG NHÂN DÂN THỊ XÃ"), the place is looked up in the text ("thị xã Hồng Lĩnh").
 */
function readIssuer(header: readonly Cell[][], signature: () => SignatureRows, paragraphs: readonly Paragraph[], kind: DocumentKind, file: VFile): IssuerReading {
  const candidates: IssuerCandidate[] = []
  // Rows `0..count`, read by `cellsAt` (no cells: nothing to read there); a row's cells by `rowAt`. With
  // `preferred` given, the scan stops once the candidates settle the choice (see `choiceIsMade`).
  const scan = (count: number, cellsAt: (index: number) => readonly Cell[], rowAt: (index: number) => readonly Cell[], preferred?: string | null) => {
    for (let rowIndex = 0; rowIndex < count; rowIndex++) {
      const before = candidates.length
      for (const cell of cellsAt(rowIndex)) {
        if (cell.isLongerThan(ISSUER_CELL_MAX)) continue
        const folded = cell.folded.replace(/^(?:tm|t\/m|kt)\.?\s*/u, '')
        for (const {pattern, name} of ISSUING_BODIES) {
          const match = pattern.exec(folded)
          if (!match) continue
          let rest = cell.text.slice(cell.text.length - folded.length + match[0].length).trim()
          // "HỘI ĐỒNG NHÂN DÂN" / "TỈNH QUẢNG NAM": the level and place on the line below, same column.
          if (rest === '') {
            const below = nextRow(count, rowAt, rowIndex)
            const under = below?.find((other) => other.column === cell.column) ?? (below?.length === 1 ? below[0] : undefined)
            if (under && readLevel(under.text)) rest = under.text
          }
          candidates.push({body: name, level: readLevel(rest)})
        }
      }
      if (preferred !== undefined && candidates.length > before && choiceIsMade(candidates, preferred)) return
    }
  }
  const headerRow = (index: number) => header[index] as Cell[]
  // Only a cell whose piece `mayNameIssuer` can name a body (the others are not folded).
  scan(header.length, (index) => headerRow(index).filter((cell) => cell.mayNameIssuer()), headerRow)
  // A report is the committee's, a resolution the council's: prefer the matching body.
  const preferred = kind === 'report' ? 'Ủy ban nhân dân' : kind === 'resolution' ? 'Hội đồng nhân dân' : null
  // The signature block from the end ("TM. ỦY BAN NHÂN DÂN", "UBND THỊ XÃ …"), when the header leaves the
  // choice open (most headers name the body and its place, and the last 60 blocks are not read), up to
  // the row that settles it.
  if (!choiceIsMade(candidates, preferred)) {
    const trailing = signature()
    scan(
      trailing.length,
      (index) => trailing.issuerCellsAt(index),
      (index) => trailing.at(index),
      preferred
    )
  }
  const choice = chooseIssuer(candidates, preferred)
  if (!choice) {
    report(file, 'metadata-no-issuer', 'no issuing body (HỘI ĐỒNG NHÂN DÂN / ỦY BAN NHÂN DÂN) found in the header')
    return {issuer: null, locality: null, adminLevel: null}
  }
  const body = choice.body
  let level = choice.level
  if (level && !level.name) {
    const name = findPlaceName(paragraphs, level.word)
    if (name) level = {...level, name}
  }
  if (!level) return {issuer: body, locality: null, adminLevel: null}
  if (!level.name) return {issuer: `${body} ${level.word}`, locality: null, adminLevel: level.level}
  // Places named by a number ("Phường 1") carry the level word in their name.
  const locality = /^\d/.test(level.name) ? `${capitalise(level.word)} ${level.name}` : level.name
  const issuer = /^\d/.test(level.name) ? `${body} ${locality}` : `${body} ${level.word} ${level.name}`
  return {issuer, locality, adminLevel: level.level}
}

/** An issuing body named in the header or signature block, and the level (and place) read after it. */
export interface IssuerCandidate {
  readonly body: string
  readonly level: LevelReading | null
}

/**
 * The body and level chosen among the candidates (in reading order), preferring the body `preferred`:
 * the first candidate that names a place (a preferred body first), else the first one; the body preferred
 * whenever a candidate names it, and the level of the first candidate with one when the chosen has none.
 */
export function chooseIssuer(candidates: readonly IssuerCandidate[], preferred: string | null): {body: string; level: LevelReading | null} | null {
  const sorted = [...candidates].sort((a, b) => Number(b.body === preferred) - Number(a.body === preferred))
  const chosen = sorted.find((candidate) => candidate.level?.name) ?? sorted[0]
  if (!chosen) return null
  const body = preferred && sorted.some((candidate) => candidate.body === preferred) ? preferred : chosen.body
  return {body, level: chosen.level ?? sorted.map((candidate) => candidate.level).find(Boolean) ?? null}
}

/**
 * Is `chooseIssuer` settled by these first candidates (those of the header, or of the header and the
 * signature rows read so far), whatever candidates follow? Yes when one names
 * the body preferred (any body, when none is) and a place: the sort keeps the reading order among
 * preferred bodies (and among the others), so the chosen one is among these, the body is the preferred
 * one, and the level the chosen one's.
 */
export function choiceIsMade(candidates: readonly IssuerCandidate[], preferred: string | null): boolean {
  return candidates.some((candidate) => (preferred === null || candidate.body === preferred) && Boolean(candidate.level?.name))
}

/** The first row with cells after row `index` of `count` (`rowAt`), if any. */
function nextRow(count: number, rowAt: (index: number) => readonly Cell[], index: number): readonly Cell[] | undefined {
  for (let next = index + 1; next < count; next++) {
    const row = rowAt(next)
    if (row.length > 0) return row
  }
  return undefined
}

export interface LevelReading {
  word: string
  level: Exclude<AdminLevel, null>
  name: string | null
}

/** "TỈNH HƯNG YÊN" -> tỉnh, province, "Hưng Yên"; "THỊ XÃ" -> thị xã, town, null. */
function readLevel(rest: string): LevelReading | null {
  const folded = foldForMatch(rest)
  for (const {word, level} of ADMIN_LEVEL_WORDS) {
    if (!folded.startsWith(word)) continue
    const after = rest.slice(word.length)
    if (after && /^[\p{L}]/u.test(after)) continue
    const name = after.replace(/^[\s,]+/, '').replace(/[\s,.;:]+$/, '').replace(/\s*(?:khóa|khoá)\s.*$/iu, '').trim()
    return {word, level, name: name ? toTitleCase(name) : null}
  }
  return null
}

/** The pattern of "<level word> <Proper Name>", compiled once per level word. */
const PLACE_NAME_PATTERNS = new Map<string, RegExp>()

function placeNamePattern(word: string): RegExp {
  let pattern = PLACE_NAME_PATTERNS.get(word)
  if (pattern === undefined) {
    pattern = new RegExp(`(?:^|[^\\p{L}])${word}\\s+((?:\\p{Lu}[\\p{Ll}\\p{M}]*|\\d+)(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]*)*)`, 'u')
    PLACE_NAME_PATTERNS.set(word, pattern)
  }
  return pattern
}

/** Find "<level word> <Proper Name>" in the text, e.g. "thị xã Hồng Lĩnh". */
export function findPlaceName(paragraphs: readonly Paragraph[], word: string): string | null {
  const pattern = placeNamePattern(word)
  const counts = new Map<string, number>()
  // The pattern matches the word as written, in lower case (a level word is its own fold, and no two of
  // its occurrences overlap): each occurrence is found in the text as it stands, by a search for the
  // word's least common character (the highest code).
  const pivot = [...word].reduce((best, character) => (character > best ? character : best))
  const offset = word.indexOf(pivot)
  for (const paragraph of paragraphs) {
    const text = paragraph.text
    for (let hit = text.indexOf(pivot, offset); hit >= 0; hit = text.indexOf(pivot, hit + 1)) {
      const at = hit - offset
      if (!text.startsWith(word, at)) continue
      // The match must be this occurrence (the window starts one character before it): the pattern is
      // not anchored, and would otherwise read past to the next "thị xã Tên", which its own turn counts.
      const match = pattern.exec(text.slice(Math.max(0, at - 1), at + word.length + 60))
      if (match?.index === 0 && match[1]) counts.set(match[1], (counts.get(match[1]) ?? 0) + 1)
      // The next occurrence starts after this one.
      hit = at + word.length + offset - 1
    }
  }
  let best: string | null = null
  let bestCount = 0
  for (const [name, count] of counts) if (count > bestCount) [best, bestCount] = [name, count]
  return best
}

function readPlaceAndDate(cells: readonly Cell[]): {place: string | null; issuedOn: string | null} {
  for (const cell of cells) {
    const match = PLACE_DATE.exec(cell.text)
    if (match) return {place: (match[1] ?? '').trim(), issuedOn: toIsoDate(DATE.exec(cell.folded))}
  }
  return {place: null, issuedOn: null}
}

/** The plan year: the latest named in the title (`foldedTitle`, folded), else in a heading about the plan. */
function readPlanYear(foldedTitle: string | null, texts: FoldedTexts, date: string | null): number | null {
  if (foldedTitle) {
    const inTitle = latestYear(foldedTitle)
    if (inTitle !== null) return inTitle
  }
  // The first heading about the plan (not an evaluation of the past year) that names a year.
  for (let index = 0; index < texts.length; index++) {
    const text = texts.metadataAt(index)
    if (text.length > 200 || !PLAN_WORDS.test(text) || EVALUATION_WORDS.test(text)) continue
    if (!readMarker(text)) continue
    const found = latestYear(text.replace(/(?:đến|giai đoạn|thời kỳ)\s+năm\s+\d{4}/gu, ''))
    if (found !== null) return found
  }
  return date ? Number(date.slice(0, 4)) + 1 : null
}

/** The latest of the years (`YEAR`) written in `text`, or null when it names none. */
function latestYear(text: string): number | null {
  let latest: number | null = null
  // (`exec` on the one pattern: `matchAll` would copy it at each call)
  YEAR.lastIndex = 0
  for (let match = YEAR.exec(text); match !== null; match = YEAR.exec(text)) {
    const year = Number(match[1])
    if (latest === null || year > latest) latest = year
  }
  return latest
}

/** "Căn cứ Luật A ngày …; Luật B ngày …" -> one entry per instrument. */
function readLegalBases(header: readonly Paragraph[], texts: FoldedTexts): string[] {
  const bases: string[] = []
  // Whether the paragraph before was a legal basis that ends with ";" or ",": the list may go on.
  let listOpen = false
  for (const [index, paragraph] of header.entries()) {
    const startsBasis = mayFoldToInitial(paragraph.text, LEGAL_BASIS_INITIAL) && LEGAL_BASIS_START.test(texts.at(index))
    // "Căn cứ Luật … năm 2015;" / "Luật sửa đổi … năm 2019;": the next instrument on a line of its own,
    // without "Căn cứ" (one basis per line, or a hard wrap after the ";").
    if (!startsBasis && !(listOpen && namesInstrument(paragraph.text, texts.at(index)))) {
      listOpen = false
      continue
    }
    const text = plainTextOf(paragraph)
    listOpen = /[;,][\s*_]*$/.test(text)
    for (const part of text.replace(/^căn cứ\s+/iu, '').split(/;\s*/)) {
      for (const piece of splitInstruments(part)) {
        const entry = piece.replace(/^(?:căn cứ|và)\s+/iu, '').replace(/[\s;.,]+$/, '').trim()
        if (entry) bases.push(entry)
      }
    }
  }
  return bases
}

/** A preamble paragraph that opens with the type of an instrument written with a capital ("Luật …", "Nghị định số …"). */
function namesInstrument(text: string, folded: string): boolean {
  const first = keptIndexFrom(text)
  if (first < 0) return false
  const letter = text.charAt(first)
  if (letter === letter.toLowerCase()) return false
  return INSTRUMENT_TYPES.some((type) => folded.startsWith(type) && isWhiteSpaceCode(folded.charCodeAt(type.length)))
}

/** `MAY_SPLIT_AFTER_DATE`, searched for through a clause: each match ends at a candidate split. */
const SPLIT_CANDIDATE = new RegExp(MAY_SPLIT_AFTER_DATE.source, 'g')
/** `SPLIT_AFTER_DATE` tried at one position. */
const SPLIT_AT = new RegExp(SPLIT_AFTER_DATE.source, 'iuy')

/**
 * The instruments of one preamble clause: split where `SPLIT_AFTER_DATE` finds a date or number followed
 * by an instrument type, when the type is written with a capital, as an instrument's name is ("… năm
 * 2015; Luật Ngân sách …"). A lower-case type goes on as a common noun ("… dự toán năm 2026, kế hoạch
 * tài chính 03 năm …").
 *
 * The split pattern is tried only where it can match: at the separator that ends a match of
 * `MAY_SPLIT_AFTER_DATE` (searched for through the clause, `SPLIT_CANDIDATE`). A split starts at a white
 * space, ";" or "," right after "năm dddd" or "dddd/…", none of which holds one: the search for
 * candidates, resumed after each, reaches every such separator as the end of a match. Candidates inside
 * the last split are passed over, as the global search would pass over them.
 */
export function splitInstruments(clause: string): string[] {
  const pieces: string[] = []
  let start = 0
  // Where the last match of the split pattern ended: it is searched for again from there on.
  let searchFrom = 0
  SPLIT_CANDIDATE.lastIndex = 0
  while (SPLIT_CANDIDATE.test(clause)) {
    const at = SPLIT_CANDIDATE.lastIndex - 1
    if (at < searchFrom) continue
    SPLIT_AT.lastIndex = at
    const match = SPLIT_AT.exec(clause)
    if (match === null) continue
    searchFrom = at + match[0].length
    const first = clause.charAt(searchFrom)
    if (first === first.toLowerCase()) continue
    pieces.push(clause.slice(start, at))
    start = searchFrom
  }
  if (start === 0) return [clause]
  pieces.push(clause.slice(start))
  return pieces
}

/** The first group of the first match of `pattern` in the folded texts of `cells`, then in `texts`. */
function firstMatch(cells: readonly Cell[], texts: readonly string[], pattern: RegExp): string | null {
  for (const cell of cells) {
    const match = pattern.exec(cell.folded)
    if (match?.[1]) return match[1]
  }
  for (const text of texts) {
    const match = pattern.exec(text)
    if (match?.[1]) return match[1]
  }
  return null
}

/** Years a date of these documents can carry. */
const EARLIEST_YEAR = 1900
const LATEST_YEAR = 2199

function toIsoDate(match: RegExpExecArray | null): string | null {
  if (!match) return null
  const day = Number(match[1])
  const month = Number(match[2])
  const year = Number(match[3])
  // A year outside the modern era is a misprint ("năm 0353"): no date rather than a malformed one.
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < EARLIEST_YEAR || year > LATEST_YEAR) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

function toTitleCase(name: string): string {
  if (name !== name.toUpperCase()) return name
  const words: string[] = []
  for (const word of name.toLowerCase().split(/\s+/)) words.push(capitalise(word))
  return words.join(' ')
}
