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

const WHITE_SPACE_RUN = /\s+/g

/**
 * Runs of white space as one space, trimmed: `text.replace(/\s+/g, ' ').trim()`. Most texts hold only
 * single spaces between words, and come back as they are, without the copy the regex would make.
 */
export function collapseWhiteSpace(text: string): string {
  let previousSpace = true // the start of the text counts as a space: a leading one must go
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 32) {
      if (previousSpace) return text.replace(WHITE_SPACE_RUN, ' ').trim()
      previousSpace = true
    } else if (isWhiteSpaceCode(code)) return text.replace(WHITE_SPACE_RUN, ' ').trim()
    else previousSpace = false
  }
  return previousSpace && text.length > 0 ? text.slice(0, -1) : text
}
