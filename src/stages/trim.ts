/**
 * Trim a set of characters from the end of a string. A regex such as /[\s.;,:]+$/ is tried at every
 * position of a long paragraph (quadratic on runs of those characters); this loop reads from the end.
 */
export function trimEnd(text: string, characters: string): string {
  let end = text.length
  while (end > 0 && (characters.includes(text.charAt(end - 1)) || isSpace(text.charCodeAt(end - 1)))) end--
  return end === text.length ? text : text.slice(0, end)
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0
}

/** Final separators of an item: white space and ; . , : */
export const ITEM_END = ';.,:'
