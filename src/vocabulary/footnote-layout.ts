/**
 * Layout vocabulary for footnotes and page breaks: which characters make a footnote label, which
 * superscripts belong to a unit instead, how a sentence ends and how a heading or list item starts.
 *
 * Used by `stages/resolve-footnotes.ts`. Word matching runs on lower-cased text.
 */

/** Superscript digits as Word/PDF exports write footnote labels ("¹", "⁴⁸"), with their values. */
export const SUPERSCRIPT_DIGITS: Readonly<Record<string, string>> = {
  '\u2070': '0', // ⁰
  '\u00b9': '1', // ¹
  '\u00b2': '2', // ²
  '\u00b3': '3', // ³
  '\u2074': '4', // ⁴
  '\u2075': '5', // ⁵
  '\u2076': '6', // ⁶
  '\u2077': '7', // ⁷
  '\u2078': '8', // ⁸
  '\u2079': '9' // ⁹
}

/** Superscript parentheses: some exports write a label as "⁽⁴³⁾". */
export const SUPERSCRIPT_OPEN = '\u207d' // ⁽
export const SUPERSCRIPT_CLOSE = '\u207e' // ⁾

/** A character that can start a footnote marker: a superscript digit, "⁽", "[" ("[1]"). */
export const MARKER_START = /[\u00b2\u00b3\u00b9\u2070-\u2079\u207d[]/

/**
 * `MARKER_START` by UTF-16 code unit, for scans that hold a code, not a string (tests/normalise-fast.test.ts
 * checks every code unit against the pattern).
 */
export function isMarkerStartCode(code: number): boolean {
  return code === 0x5b /* [ */ || code === 0xb2 || code === 0xb3 || code === 0xb9 || (code >= 0x2070 && code <= 0x2079) || code === 0x207d
}

/**
 * Units that take a superscript exponent: "39.180,6 m²", "84.041,8m²", "km²", "m³/ngày". A ² or ³ right
 * after one of these (standing alone as a word) is part of the unit, never a footnote marker.
 * "ha" (hectare) is an area already and takes no exponent: "269ha²" is a marker after the unit.
 */
export const EXPONENT_UNITS: ReadonlySet<string> = new Set([
  'm', // mét: m², m³
  'km', // ki-lô-mét: km²
  'cm', // xen-ti-mét: cm², cm³
  'mm', // mi-li-mét: mm²
  'dm', // đề-xi-mét: dm², dm³
  'hm', // héc-tô-mét: hm²
  'dam' // đề-ca-mét: dam²
])

/** Characters that end a sentence: a paragraph ending in one of them is complete. */
export const TERMINAL_PUNCTUATION: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?', '…'])

/**
 * Characters that end a whole sentence, not a clause of a list: a footnote body ends before a capital
 * only after one of them ("… Giải bóng đá TNNĐ;" / "Giải bóng đá Nam …" is one body, wrapped).
 */
export const FULL_STOPS: ReadonlySet<string> = new Set(['.', '!', '?', '…'])

/**
 * Characters that end a paragraph even before a line that goes on in lower case: all of
 * `TERMINAL_PUNCTUATION` but ";", which there ends a clause ("… năm 2024;" / "mục tiêu, nhiệm vụ …").
 */
export const STOPS_BEFORE_LOWER_CASE: ReadonlySet<string> = new Set(['.', ':', '!', '?', '…'])

/**
 * Characters that may close a sentence after its terminal punctuation and are skipped when looking
 * for it: closing quotes, markdown emphasis, closing brackets of an aside written after the stop.
 */
export const CLOSING_MARKS: ReadonlySet<string> = new Set(['"', '\'', '”', '’', '»', ')', '*', '_', ' ', '\t'])

/**
 * Words that open a heading when a number or ordinal follows them: "Điều 2.", "Phần thứ hai",
 * "Chương I", "Mục 3", "Phụ lục 1". A paragraph starting with one of them is not the second half of a
 * paragraph cut by a page break.
 */
export const HEADING_WORDS: readonly string[] = [
  'điều', // article
  'phần', // part
  'chương', // chapter
  'mục', // section
  'phụ lục', // annex
  'phụ biểu', // annex table
  'biểu' // table ("Biểu số 01")
]

/** Bullets that open a list item: "- …", "+ …", "* …", "• …", "– …". */
export const BULLETS: ReadonlySet<string> = new Set(['-', '+', '*', '•', '–', '—', '·'])

/**
 * A heading or list item longer than this many words reads as a paragraph that happens to be numbered
 * ("3.3. Tiếp tục đẩy mạnh …"); below it, a line without final punctuation is a title, not a paragraph
 * cut by a page break.
 */
export const HEADING_MAX_WORDS = 30

/**
 * Page furniture a PDF export leaves in the text: a page number alone on its line ("3", "- 3 -",
 * "Trang 3", "3/12"), and rule lines ("-----", "_____", "*****") under headers. Only lines that stand
 * alone between blank lines count as page numbers (a lone "55" inside running text is data).
 */
export const PAGE_NUMBER = /^\s*(?:trang\s+)?[-–]?\s*\d{1,3}(?:\s*\/\s*\d{1,3})?\s*[-–]?\s*$/iu
export const RULE_LINE = /^\s*(?:[-_=*~–—]\s*){3,}$/
/** A running footer that ends with the page number: "Báo cáo số 215/BC-UBND - Trang 2", "… Trang 3/12". */
export const PAGE_FOOTER = /(?:^|\s)trang\s+\d{1,3}(?:\s*\/\s*\d{1,3})?\s*$/iu

/**
 * The characters a rule line and a page number start with (after white space): a line that starts with
 * another is spared the pattern. Keep in step with RULE_LINE and PAGE_NUMBER (tests/page-furniture.test.ts
 * checks every character).
 */
export const RULE_LINE_FIRST = '-_=*~–—'
export const PAGE_NUMBER_FIRST = 'tT-–0123456789'
/** The characters a rule line and a page number end with (before white space), checked the same way. */
export const RULE_LINE_LAST = RULE_LINE_FIRST
export const PAGE_NUMBER_LAST = '-–0123456789'
