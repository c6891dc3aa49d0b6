/**
 * Normalise decoded text into source lines: NFC, one entry per line of the file as stored.
 *
 * Line numbers are never shifted: line N of the result is line N of the file (CRLF, LF and lone CR all
 * end a line), so every record can point back into the original.
 */
import type {SourceLine} from '../types.js'
import {isMarkerStartCode} from '../vocabulary/footnote-layout.js'
import {ANNEX_HEADING, ARTICLE_HEADING, CHAPTER_HEADING, PART_HEADING} from '../vocabulary/headings.js'
import {foldForMatch, LOOKALIKE_LETTERS} from '../vocabulary/orthography.js'
import {isWhiteSpaceCode} from './white-space.js'

/** Spaces that Word and PDF exports leave: NBSP, figure/narrow spaces, the en/em quad family. */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g
/**
 * A bullet of a symbol font at the start of a line (Symbol's "", Wingdings' "" "" "", code points of
 * Unicode's private use area U+F000-U+F0FF as Word maps them), before white space: written "•".
 */
const SYMBOL_FONT_BULLET = /^(\s*)[\uf000-\uf0ff](?=\s)/
/** Letters that stand for Vietnamese ones (`LOOKALIKE_LETTERS`): "Ð" for "Đ". */
const LOOKALIKES = new RegExp(`[${Object.keys(LOOKALIKE_LETTERS).join('')}]`, 'g')
/** Characters with no width that only get in the way of matching: zero-width space/joiners, BOM, soft hyphen. */
const INVISIBLES = /[\u200b-\u200d\u2060\ufeff\u00ad]/g
/**
 * Markdown exports escape punctuation that would start markup: "\\- " bullets, "1\\." numbers, "\\*".
 * The author wrote the character, so the escape goes (a LaTeX command such as "\\geq" is left alone).
 */
const MARKDOWN_ESCAPE = /\\([-\\`*_{}[\]()#+.!|~<>])/g
/**
 * A markdown heading ("## Điều 1. Mục tiêu", "### 2. Các chỉ tiêu chủ yếu ###"): the hashes go and the
 * heading is set in bold, as a markdown viewer shows it and as Word's heading styles print, so that the
 * stages read it as the heading it is (a line wholly in bold is one; its marker is read through the marks).
 */
const MARKDOWN_HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/

function fromMarkdownHeading(text: string): string {
  const match = MARKDOWN_HEADING.exec(text)
  if (!match) return text
  const heading = match[1] ?? ''
  // (a heading already in bold or italics, "## **Điều 1.** Mục tiêu", keeps its own marks)
  return heading === '' || heading.startsWith('*') || heading.startsWith('_') ? heading : `**${heading}**`
}

/** HTML entities left by text copied from web pages ("&nbsp;", "&amp;", "&#8211;"). */
const HTML_ENTITY = /&(?:nbsp|amp|lt|gt|quot|apos|ndash|mdash|hellip|#\d{1,6}|#x[\da-f]{1,5});/giu
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…'
}

function decodeEntity(entity: string): string {
  const name = entity.slice(1, -1).toLowerCase()
  if (name.startsWith('#')) return characterOf(name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)))
  return NAMED_ENTITIES[name] ?? entity
}

/**
 * The character a numeric entity names; a line break ("&#10;", "&#13;", "&#x2028;") is a space, as a
 * line of the file stays one line (and a paragraph's text holds no line break).
 */
function characterOf(codePoint: number): string {
  const lineBreak = (codePoint >= 0x0a && codePoint <= 0x0d) || codePoint === 0x85 || codePoint === 0x2028 || codePoint === 0x2029
  return lineBreak ? ' ' : String.fromCodePoint(codePoint)
}

/**
 * A list number or bullet at the start of a line, then a tab and no other tab: Word's plain-text export
 * writes its numbered and bulleted lists so ("1.\tVề kinh tế", "a)\t…", "(3)\t…", "•\t…"). The tab is
 * a space there, not a table's cell separator (a table row has more cells, and its number no "." or ")").
 */
const LIST_MARKER_TAB = /^([ \t]*[*_]{0,3}(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)]|\(\d{1,3}\)|[a-zđ][.)]|[IVXLC]{1,6}[.)]|[-–—+•·*])[*_]{0,3})\t(?=[^\t]*$)/u

/** Headings numbered by a word, which Word's numbered heading styles also follow with a tab: "Điều 1.\tMục tiêu". */
const WORD_MARKERS: readonly RegExp[] = [ARTICLE_HEADING, CHAPTER_HEADING, PART_HEADING, ANNEX_HEADING]

/**
 * `text` with the tab after a leading list marker (`LIST_MARKER_TAB`), or after a whole heading marker of
 * `WORD_MARKERS` ("Điều 1.", "Chương II", "Phần thứ hai"), made a space, when the line holds no other tab.
 */
export function spaceAfterListMarker(text: string): string {
  const match = LIST_MARKER_TAB.exec(text)
  // (a middle dot so placed is the bullet of a list exported in a legacy code page: "·\tThu ngân sách")
  if (match) return `${(match[1] as string).replace(MIDDLE_DOT_AT_END, '•')} ${text.slice(match[0].length)}`
  const tab = text.indexOf('\t')
  if (tab === -1 || text.includes('\t', tab + 1)) return text
  const head = foldForMatch(text.slice(0, tab).trim().replace(EMPHASIS_AROUND, ''))
  const isMarker = WORD_MARKERS.some((pattern) => pattern.exec(head)?.[0].length === head.length)
  return isMarker ? `${text.slice(0, tab)} ${text.slice(tab + 1)}` : text
}

/** A middle dot that ends a list marker (`LIST_MARKER_TAB`): a bullet. */
const MIDDLE_DOT_AT_END = /·$/
/** Emphasis marks around a piece of text ("**Điều 1.**"). */
const EMPHASIS_AROUND = /^[*_]+|[*_]+$/g

/** Unicode line and paragraph separators are line breaks too; keep them from hiding inside a line. */
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/
const LONE_CR = /\r(?!\n)/

/**
 * A lone CR: where one occurs, the text is split by `LINE_BREAK`. (So is a text with a line or paragraph
 * separator, which the scan of `normaliseLines` finds: a search for one of them stops at every "(" or ")",
 * the low bytes of their codes.)
 */
function hasLoneCr(text: string): boolean {
  return text.includes('\r') && LONE_CR.test(text)
}

/** A line or paragraph separator in `text`. */
function hasSeparator(text: string): boolean {
  return text.includes('\u2028') || text.includes('\u2029')
}

/** The lines of a text split at every line break of `LINE_BREAK`. */
function splitLines(text: string): SourceLine[] {
  const raw = text.split(LINE_BREAK)
  // A final newline does not start another line.
  if (raw.length > 1 && raw.at(-1) === '') raw.pop()
  return raw.map((value, index) => ({line: index + 1, text: normaliseLine(value)}))
}

/**
 * Code units from U+0300 up but the Vietnamese letters: where the notable ones are found (see
 * `isPlainFrom0300`). A class of two ranges is scanned much faster than the exact one of many.
 */
const FROM_0300 = /[\u0300-\u1dff\u1f00-\uffff]/g
/**
 * Code units from U+0300 up that are not notable: starters that NFC leaves alone wherever they stand
 * (Unicode's NFC_Quick_Check=Yes, combining class 0), that no rule changes and that cannot start a
 * footnote marker, in ranges that Vietnamese text uses: Latin Extended Additional (ạ-ỹ), general
 * punctuation (– — “ ” … • but not the spaces, invisibles and separators), superscript signs,
 * subscripts, currency signs (₫), arrows and mathematical operators (≤ ≥). The notable ones are those
 * that NFC, `INVISIBLES` or `ODD_SPACES` may change, and the superscript digits and "⁽" that can start a
 * footnote marker (see `knownMarkerFree`). Below U+0300 all code units are such starters.
 * `/[\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u207a-\u207c\u207e-\u20bf\u2190-\u22ff]/` read by code (a
 * hit of `FROM_0300` is tested without a string for it); tests/normalise-fast.test.ts checks every code
 * unit left out against the running ICU.
 */
export function isPlainFrom0300(code: number): boolean {
  if (code < 0x2010) return code >= 0x1e00 && code <= 0x1eff
  if (code <= 0x2027) return true
  if (code < 0x2030) return false
  if (code <= 0x205e) return true
  if (code < 0x207a) return false
  if (code <= 0x20bf) return code !== 0x207d
  return code >= 0x2190 && code <= 0x22ff
}

/**
 * Notable code units below U+0300: NBSP and soft hyphen, "\\" (markdown escapes), "&" (HTML
 * entities), "#" (markdown headings) and the look-alike letters "Ð" and "ð", which rules change, and "¹", "²", "³", "[", which can
 * start a footnote marker.
 */
const NOTABLE_BELOW_0300 = ['\u00a0', '\u00ad', '\\', '&', '#', '\u00d0', '\u00f0', '\u00b9', '\u00b2', '\u00b3', '['] as const

/** Where the next notable code unit stands from `from` on (`text.length` if none). */
type Finder = (text: string, from: number) => number

/** The line may hold a character that can start a footnote marker (`MARKER_START`, see `isMarkerStartCode`), or was changed. */
const MAY_HOLD_MARKER = 1
/** The line may hold white space other than ASCII (which the rules replace, but an entity may bring). */
const MAY_HOLD_WIDE_SPACE = 2
/** The line may hold a tab or "|", or was changed (see `LOOKED_FOR`). */
const MAY_HOLD_TABLE_MARK = 4
/** The line may hold "*", or was changed (see `LOOKED_FOR`). */
const MAY_HOLD_STAR = 8

/** A finder of `char` by `indexOf`. */
function finderOf(char: string): Finder {
  return (text, from) => {
    const index = text.indexOf(char, from)
    return index === -1 ? text.length : index
  }
}

/**
 * Code units that no rule changes, but that later stages look for on every line: a tab or "|" (a table
 * row, see parse-blocks), "*" (emphasis). Where the scan finds none in a line, they need not look.
 */
const LOOKED_FOR = [
  {char: '\t', holds: MAY_HOLD_TABLE_MARK},
  {char: '|', holds: MAY_HOLD_TABLE_MARK},
  {char: '*', holds: MAY_HOLD_STAR}
] as const

const FINDERS: readonly Finder[] = [
  (text, from) => {
    // `test`, not `exec`: a hit needs no match array, the class matches one code unit before `lastIndex`.
    FROM_0300.lastIndex = from
    while (FROM_0300.test(text)) {
      const at = FROM_0300.lastIndex - 1
      // Punctuation and symbols that are not notable (few in a text) only make the scan go on.
      if (!isPlainFrom0300(text.charCodeAt(at))) return at
    }
    return text.length
  },
  ...NOTABLE_BELOW_0300.map(finderOf),
  ...LOOKED_FOR.map(({char}) => finderOf(char))
]
/** The first of `FINDERS` that finds one of `LOOKED_FOR`. */
const FIRST_LOOKED_FOR = FINDERS.length - LOOKED_FOR.length

/**
 * For each array returned by `normaliseLines`: its lines as returned (so that a changed array is
 * noticed) and what its scan found in each of them (`LineFacts` bits). Later stages need not look again
 * in lines where a fact rules out what they look for.
 */
const LINE_FACTS = new WeakMap<readonly SourceLine[], {readonly lines: readonly SourceLine[]; readonly facts: readonly number[]}>()


/** White space that is not ASCII: what `\s` matches beyond tab, line breaks, vertical tab, form feed, space. */
const WIDE_SPACE = /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/

/** A test of a line of `lines` (at `index`): true only for lines of an array from `normaliseLines` whose scan ruled `fact` out. */
function knownFree(lines: readonly SourceLine[], fact: number): (line: SourceLine, index: number) => boolean {
  const scan = LINE_FACTS.get(lines)
  if (scan === undefined) return () => false
  return (line, index) => scan.lines[index] === line && ((scan.facts[index] as number) & fact) === 0
}

/**
 * Tells whether line `index` of `lines` is known to hold no character that can start a footnote marker:
 * true only for lines of an array from `normaliseLines` that its scan found none in.
 */
export function knownMarkerFree(lines: readonly SourceLine[]): (line: SourceLine, index: number) => boolean {
  return knownFree(lines, MAY_HOLD_MARKER)
}

/**
 * Tells whether line `index` of `lines` is known to hold no white space beyond ASCII (NBSP, the wide
 * spaces, line separators, BOM): true only for lines of an array from `normaliseLines`, which replaced
 * them (a line where an HTML entity brought one back is not vouched for).
 */
export function knownAsciiSpaced(lines: readonly SourceLine[]): (line: SourceLine, index: number) => boolean {
  return knownFree(lines, MAY_HOLD_WIDE_SPACE)
}

/** Tells whether line `index` of `lines` is known to hold neither a tab nor "|" (as `knownMarkerFree`). */
export function knownTableMarkFree(lines: readonly SourceLine[]): (line: SourceLine, index: number) => boolean {
  return knownFree(lines, MAY_HOLD_TABLE_MARK)
}

/** Tells whether line `index` of `lines` is known to hold no "*" (as `knownMarkerFree`). */
export function knownStarFree(lines: readonly SourceLine[]): (line: SourceLine, index: number) => boolean {
  return knownFree(lines, MAY_HOLD_STAR)
}

/**
 * What a line holds, as found by `scanLines`: a marker start, a code unit a rule may change, and the
 * bits of what `LOOKED_FOR` found (so that, but for `CHANGE`, the bits are those of the line's facts).
 */
const MARKER = MAY_HOLD_MARKER
const CHANGE = 16

/**
 * Scan `text` once for the notable code units (a regex and a few `indexOf`, each resumed only past a
 * hit) and tell, for lines taken in order, what each holds; `end` is the offset where the line ends.
 */
function scanLines(text: string): (end: number) => number {
  const next: number[] = []
  for (const find of FINDERS) next.push(find(text, 0))
  let nearest = smallest(next)
  return (end) => {
    let holds = 0
    while (nearest < end) {
      for (let finder = 0; finder < next.length; finder++) {
        const at = next[finder] as number // in range
        if (at >= end) continue
        const find = FINDERS[finder] as Finder // in range
        if (finder >= FIRST_LOOKED_FOR) {
          // Known to be in the line: look again from the next line on.
          holds |= (LOOKED_FOR[finder - FIRST_LOOKED_FOR] as (typeof LOOKED_FOR)[number]).holds
          next[finder] = find(text, end)
        } else if (isMarkerStartCode(text.charCodeAt(at))) {
          // Rules never change a marker start: look on in the line for a code unit they change.
          holds |= MARKER
          next[finder] = find(text, at + 1)
        } else {
          // The rules will run on the whole line: nothing more to learn about it.
          holds |= CHANGE
          for (let other = 0; other < next.length; other++) {
            if ((next[other] as number) < end) next[other] = (FINDERS[other] as Finder)(text, end)
          }
        }
      }
      nearest = smallest(next)
    }
    return holds
  }
}

/** `Math.min(...values)` without spreading an array into arguments at every hit. */
function smallest(values: readonly number[]): number {
  let least = Number.POSITIVE_INFINITY
  for (const value of values) if (value < least) least = value
  return least
}

/** Whether `normaliseLine` may change `text` other than by trimming its end. */
export function mayChange(text: string): boolean {
  return (scanLines(text)(text.length) & CHANGE) !== 0
}

export function normaliseLines(text: string): SourceLine[] {
  if (hasLoneCr(text)) return splitLines(text)
  // LF or CRLF only (the normal case): cut at each LF and drop the CR. One scan of the whole text finds
  // the few lines that may change or hold a marker start; the others only need trimming, done by
  // cutting them short (one string per line: no array of pieces, no second slice for the CR or trim).
  const holdsUpTo = scanLines(text)
  const lines: SourceLine[] = []
  const facts: number[] = []
  let start = 0
  for (;;) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    const holds = holdsUpTo(end)
    if ((holds & CHANGE) !== 0) {
      const valueEnd = end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end
      const raw = text.slice(start, valueEnd)
      // A line or paragraph separator is notable (the scan finds it): the text has more line breaks.
      if (hasSeparator(raw)) return splitLines(text)
      const value = normaliseLine(raw)
      lines.push({line: lines.length + 1, text: value})
      facts.push(MAY_HOLD_MARKER | MAY_HOLD_TABLE_MARK | MAY_HOLD_STAR | (WIDE_SPACE.test(value) ? MAY_HOLD_WIDE_SPACE : 0))
    } else {
      // No notable code unit: no wide space either (all are notable). `trimEnd` (the CR is white space).
      let trimmedEnd = end
      while (trimmedEnd > start && isWhiteSpaceCode(text.charCodeAt(trimmedEnd - 1))) trimmedEnd--
      const value = text.slice(start, trimmedEnd)
      lines.push({line: lines.length + 1, text: (holds & MAY_HOLD_TABLE_MARK) !== 0 ? spaceAfterListMarker(value) : value})
      // (`holds` has the bits of the facts: a marker start and what `LOOKED_FOR` found.)
      facts.push(holds)
    }
    // A final newline does not start another line.
    if (newline === -1 || newline + 1 === text.length) break
    start = newline + 1
  }
  LINE_FACTS.set(lines, {lines: lines.slice(), facts})
  return lines
}

function normaliseLine(value: string): string {
  let text = value
  if (text.length === 0) return text
  // NFC first: NFD input must match keywords written precomposed.
  if (!isAscii(text)) {
    text = text.normalize('NFC').replace(INVISIBLES, '').replace(ODD_SPACES, ' ').replace(LOOKALIKES, (letter) => LOOKALIKE_LETTERS[letter] ?? letter)
    text = text.replace(SYMBOL_FONT_BULLET, '$1•')
  }
  if (text.includes('\\')) text = text.replace(MARKDOWN_ESCAPE, '$1')
  if (text.includes('&')) text = text.replace(HTML_ENTITY, decodeEntity)
  if (text.includes('#')) text = fromMarkdownHeading(text)
  text = text.trimEnd()
  // (after the trim: a tab at the end is white space, not a second tab)
  return text.includes('\t') ? spaceAfterListMarker(text) : text
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0x7f) return false
  return true
}
