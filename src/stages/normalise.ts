/**
 * Normalise decoded text into source lines: NFC, one entry per line of the file as stored.
 *
 * Line numbers are never shifted: line N of the result is line N of the file (CRLF, LF and lone CR all
 * end a line), so every record can point back into the original.
 */
import type {SourceLine} from '../types.js'

/** Spaces that Word and PDF exports leave: NBSP, figure/narrow spaces, the en/em quad family. */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g
/** Characters with no width that only get in the way of matching: zero-width space/joiners, BOM, soft hyphen. */
const INVISIBLES = /[\u200b-\u200d\u2060\ufeff\u00ad]/g
/**
 * Markdown exports escape punctuation that would start markup: "\\- " bullets, "1\\." numbers, "\\*".
 * The author wrote the character, so the escape goes (a LaTeX command such as "\\geq" is left alone).
 */
const MARKDOWN_ESCAPE = /\\([-\\`*_{}[\]()#+.!|~<>])/g
/** HTML entities left by text copied from web pages ("&nbsp;", "&amp;", "&#8211;"). */
const HTML_ENTITY = /&(?:nbsp|amp|lt|gt|quot|apos|ndash|mdash|hellip|#\d{1,6}|#x[\da-f]{1,5});/giu
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…'
}

function decodeEntity(entity: string): string {
  const name = entity.slice(1, -1).toLowerCase()
  if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16))
  if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
  return NAMED_ENTITIES[name] ?? entity
}

/** Unicode line and paragraph separators are line breaks too; keep them from hiding inside a line. */
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/
const LONE_CR = /\r(?!\n)/

/** A line break other than LF and CRLF: where one occurs, the text is split by `LINE_BREAK`. */
function hasOtherLineBreak(text: string): boolean {
  return text.includes('\u2028') || text.includes('\u2029') || (text.includes('\r') && LONE_CR.test(text))
}

/**
 * Code units from U+0300 up that NFC, `INVISIBLES` or `ODD_SPACES` may change. Left out are only
 * starters that NFC leaves alone wherever they stand (Unicode's NFC_Quick_Check=Yes, combining class 0)
 * in ranges that Vietnamese text uses: Latin Extended Additional (ạ-ỹ), general punctuation (– — “ ” …
 * • but not the spaces, invisibles and separators), super- and subscripts (⁴ ⁽ ⁾), currency signs (₫),
 * arrows and mathematical operators (≤ ≥). Below U+0300 all code units are such starters.
 * tests/normalise-fast.test.ts checks every code unit left out against the running ICU.
 */
const MAY_CHANGE_FROM_0300 = /[\u0300-\u1dff\u1f00-\u200f\u2028-\u202f\u205f-\u206f\u20c0-\u218f\u2300-\uffff]/g
/** Code units below U+0300 that a rule changes: NBSP and soft hyphen, markdown escapes, HTML entities. */
const MAY_CHANGE_BELOW_0300 = ['\u00a0', '\u00ad', '\\', '&'] as const

/** Where the next code unit that may change stands, from `from` on (`text.length` if none). */
const FIND_CHANGE: ReadonlyArray<(text: string, from: number) => number> = [
  (text, from) => {
    MAY_CHANGE_FROM_0300.lastIndex = from
    return MAY_CHANGE_FROM_0300.exec(text)?.index ?? text.length
  },
  ...MAY_CHANGE_BELOW_0300.map((char) => (text: string, from: number) => {
    const index = text.indexOf(char, from)
    return index === -1 ? text.length : index
  })
]

/** Whether `normaliseLine` may change `text` other than by trimming its end. */
export function mayChange(text: string): boolean {
  return FIND_CHANGE.some((find) => find(text, 0) < text.length)
}

export function normaliseLines(text: string): SourceLine[] {
  if (hasOtherLineBreak(text)) {
    const raw = text.split(LINE_BREAK)
    // A final newline does not start another line.
    if (raw.length > 1 && raw.at(-1) === '') raw.pop()
    return raw.map((value, index) => ({line: index + 1, text: normaliseLine(value)}))
  }
  // LF or CRLF only (the normal case): split on LF and drop the CR. The code units that may change are
  // searched in the whole text (a few scans, each resumed only after a hit), so that the lines without
  // any (most) skip the per-line work: they only need trimming.
  const raw = text.split('\n')
  if (raw.length > 1 && raw.at(-1) === '') raw.pop()
  const next = FIND_CHANGE.map((find) => find(text, 0))
  let nearest = Math.min(...next)
  const lines: SourceLine[] = []
  let start = 0
  for (let index = 0; index < raw.length; index++) {
    const piece = raw[index] as string // in range
    const end = start + piece.length
    const value = piece.charCodeAt(piece.length - 1) === 0x0d ? piece.slice(0, -1) : piece
    if (nearest < end) {
      lines.push({line: index + 1, text: normaliseLine(value)})
      for (let finder = 0; finder < next.length; finder++) {
        if ((next[finder] as number) < end) next[finder] = (FIND_CHANGE[finder] as (typeof FIND_CHANGE)[number])(text, end)
      }
      nearest = Math.min(...next)
    } else {
      lines.push({line: index + 1, text: value.trimEnd()})
    }
    start = end + 1
  }
  return lines
}

function normaliseLine(value: string): string {
  let text = value
  if (text.length === 0) return text
  // NFC first: NFD input must match keywords written precomposed.
  if (!isAscii(text)) text = text.normalize('NFC').replace(INVISIBLES, '').replace(ODD_SPACES, ' ')
  if (text.includes('\\')) text = text.replace(MARKDOWN_ESCAPE, '$1')
  if (text.includes('&')) text = text.replace(HTML_ENTITY, decodeEntity)
  return text.trimEnd()
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0x7f) return false
  return true
}
