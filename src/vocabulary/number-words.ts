/**
 * Vietnamese number words, for ordinals written out ("Kỳ họp thứ mười tám" -> 18,
 * "Phần thứ hai" -> 2). Keys are lower case, new tone placement (see orthography.ts).
 */
const UNITS: Readonly<Record<string, number>> = {
  không: 0,
  một: 1, // "mốt" after mươi, "nhất" as an ordinal
  mốt: 1,
  nhất: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4, // "thứ tư" = fourth, "hai mươi tư" = 24
  năm: 5,
  lăm: 5, // "mười lăm" = 15
  sáu: 6,
  bảy: 7,
  bẩy: 7, // regional spelling
  tám: 8,
  chín: 9
}

/** Read a written-out number of at most two digits ("mười tám", "hai mươi mốt", "nhất"); null if it is not one. */
export function parseNumberWords(words: string): number | null {
  const parts = words.toLowerCase().trim().split(/\s+/)
  let total = 0
  let seen = false
  for (let index = 0; index < parts.length; index++) {
    const word = parts[index] ?? ''
    if (word === 'mười') {
      total += 10
      seen = true
    } else if (word === 'mươi') {
      total = (total === 0 ? 1 : total) * 10
      seen = true
    } else if (word in UNITS) {
      total += UNITS[word] ?? 0
      seen = true
    } else {
      return null
    }
  }
  return seen ? total : null
}

/** Words that may appear in a written-out number, for building patterns. */
export const NUMBER_WORD_PATTERN = '(?:mười|mươi|một|mốt|nhất|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín|không)'
