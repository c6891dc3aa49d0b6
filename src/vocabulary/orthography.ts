/**
 * Vietnamese spelling variants that must compare equal when matching keywords.
 *
 * Vietnamese has two tone-placement conventions for the open syllables oa, oe and uy: the old one puts
 * the tone mark on the second vowel ("hoá", "Khoá", "Uỷ"), the new one on the first ("hóa", "Khóa",
 * "Ủy"). Both are current in official texts, often mixed in one file. Output text keeps what the author
 * wrote; keyword matching folds both to the new placement.
 */

/** Old placement -> new placement, valid only where the syllable ends after the pair. */
const OLD_TO_NEW_TONE: Readonly<Record<string, string>> = {
  // oa + tone
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  // oe + tone
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  // uy + tone
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy'
}

const OLD_TONE_PAIR = /(o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?![\p{L}\p{M}])/gu
/** The same pairs without the end-of-syllable check: a cheap test that most text fails. */
const MAY_HOLD_OLD_TONE_PAIR = /o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/

/**
 * Lower-case and fold tone placement so that keywords match whatever convention the text uses.
 * The result has the same length as the input (positions stay valid).
 */
export function foldForMatch(text: string): string {
  const lower = text.toLowerCase()
  if (!MAY_HOLD_OLD_TONE_PAIR.test(lower)) return lower
  return lower.replace(OLD_TONE_PAIR, (pair) => OLD_TO_NEW_TONE[pair] ?? pair)
}
