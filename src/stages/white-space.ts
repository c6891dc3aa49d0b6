/**
 * White space as JavaScript sees it (`String.prototype.trim`, the regex class `\s`), read by character
 * code: the stages test it on hot paths, where a regex per character or per text costs more.
 */

/** Tab, line breaks, vertical tab, form feed, the space separators (Zs) and the byte-order mark. */
export function isWhiteSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** Where the first character that is not white space stands in `text` from `from` on (`text.length` if none). */
export function firstNonWhiteSpace(text: string, from = 0): number {
  let index = from
  while (index < text.length && isWhiteSpaceCode(text.charCodeAt(index))) index++
  return index
}

/** Where the last character that is not white space stands in `text` (-1 if none). */
export function lastNonWhiteSpace(text: string): number {
  let index = text.length - 1
  while (index >= 0 && isWhiteSpaceCode(text.charCodeAt(index))) index--
  return index
}

/** `text.trim().length` without building the trimmed string. */
export function trimmedLength(text: string): number {
  let start = 0
  let end = text.length
  while (start < end && isWhiteSpaceCode(text.charCodeAt(start))) start++
  while (end > start && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--
  return end - start
}

/**
 * `trimmedLength` of each line's text. (Built by `push`: an array from `map` is holey once the caller is
 * optimised and packed before, and code that read one kind deoptimises on the other.)
 */
export function trimmedLengths(lines: readonly {readonly text: string}[]): number[] {
  const lengths: number[] = []
  for (const line of lines) lengths.push(trimmedLength(line.text))
  return lengths
}

/** `text.trim() === ''`: empty or white space only. */
export function isBlank(text: string): boolean {
  return trimmedLength(text) === 0
}

/** White space other than the plain space (U+0020): what `\s` matches besides it. */
const OTHER_WHITE_SPACE = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/
/** Runs of white space that are not a single plain space: the only ones that collapsing changes. */
const CHANGED_RUN = / \s+|[^\S ]\s*/g

/**
 * Runs of white space as one space, trimmed: `text.replace(/\s+/g, ' ').trim()`. Most texts hold only
 * single spaces between words, and come back as they are (or as a slice, when only their ends hold
 * white space). Searches for "  " and for the other white space find that out faster than a loop over
 * the characters; the replacement, when one is needed, touches only the runs it changes.
 */
export function collapseWhiteSpace(text: string): string {
  const inner = trimmed(text)
  if (!inner.includes('  ') && !OTHER_WHITE_SPACE.test(inner)) return inner
  return inner.replace(CHANGED_RUN, ' ')
}

/**
 * `collapseWhiteSpace(text)` for a text known to hold no white space beyond ASCII (such as the lines
 * of `normaliseLines`, see `knownAsciiSpaced`): one search per ASCII white-space character is much
 * faster than the regex for all of them.
 */
export function collapseAsciiWhiteSpace(text: string): string {
  const inner = trimmed(text)
  if (!needsSpaceCollapse(inner)) return inner
  return inner.replace(CHANGED_RUN, ' ')
}

/**
 * Does collapsing change ASCII white space in `text`: two spaces in a row, or a tab or line break?
 * Searches for one character are fast, and the regex for two spaces skips ahead (`includes('  ')` stops
 * at every space of a two-byte string): both beat a loop over the characters of a long paragraph.
 */
export function needsSpaceCollapse(text: string): boolean {
  return (
    text.includes('\t') || text.includes('\n') || text.includes('\r') || text.includes('\v') || text.includes('\f') || TWO_SPACES.test(text)
  )
}

const TWO_SPACES = / {2}/

/** `text.trim()`, the text itself when there is nothing to trim. */
function trimmed(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && isWhiteSpaceCode(text.charCodeAt(start))) start++
  while (end > start && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--
  return start === 0 && end === text.length ? text : text.slice(start, end)
}
