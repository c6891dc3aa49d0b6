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

export function normaliseLines(text: string): SourceLine[] {
  const raw = text.split(LINE_BREAK)
  // A final newline does not start another line.
  if (raw.length > 1 && raw.at(-1) === '') raw.pop()
  return raw.map((value, index) => ({line: index + 1, text: normaliseLine(value)}))
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
