/**
 * Vietnamese spelling variants that must compare equal when matching keywords.
 *
 * Vietnamese has two tone-placement conventions for the open syllables oa, oe and uy: the old one puts
 * the tone mark on the second vowel ("hoá", "Khoá", "Uỷ"), the new one on the first ("hóa", "Khóa",
 * "Ủy"). Both are current in official texts, often mixed in one file. Output text keeps what the author
 * wrote; keyword matching folds both to the new placement.
 */

/**
 * Letters of other alphabets that look like Vietnamese ones and stand for them in some files: the
 * Icelandic eth "Ð" (U+00D0) and "ð" (U+00F0), typed or converted for "Đ" (U+0110) and "đ" (U+0111)
 * ("ÐIỀU 1", "Ðảng bộ"). No Vietnamese word holds them; the normaliser writes the Vietnamese letter.
 */
export const LOOKALIKE_LETTERS: Readonly<Record<string, string>> = {
  '\u00d0': 'Đ',
  '\u00f0': 'đ'
}

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
/**
 * The same pairs without the end-of-syllable check, which needs a slow Unicode-aware regex: a fast
 * search that most text fails, and where it hits ("hoàn", "toàn", "khoản") the next character tells.
 */
const TONE_PAIR_ANYWHERE = /o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/g
const LETTER_OR_MARK = /[\p{L}\p{M}]/u

/**
 * Lower-case and fold tone placement so that keywords match whatever convention the text uses.
 * The result has the same length as the input (positions stay valid).
 */
export function foldForMatch(text: string): string {
  let lower = text.toLowerCase()
  // "İ" (U+0130) is the one character whose lower case is longer ("i" and a combining dot): it folds
  // to "i", so that positions in the fold are positions in the text.
  if (lower.length !== text.length) lower = text.replaceAll('\u0130', 'i').toLowerCase()
  return endsSyllableWithOldPair(lower) ? lower.replace(OLD_TONE_PAIR, (pair) => OLD_TO_NEW_TONE[pair] ?? pair) : lower
}

/**
 * `pattern`, written for folded text, made to read the text as written in any letter case: a test that
 * spares folding most texts. Folding lower-cases and respells the tone of "oa", "oe", "uy" at the end of
 * a syllable, so a match in the fold is a match of this in the text whenever the pattern holds no such
 * pair and no letter whose case folding is not its lower case ("s", "k": "ſ", the Kelvin sign). Each
 * caller's property tests check its patterns against the folded test.
 */
export function anyCaseOf(pattern: RegExp | string): RegExp {
  return new RegExp(typeof pattern === 'string' ? pattern : pattern.source, 'iu')
}

/** Does an old-placement pair end a syllable anywhere in `lower` (what OLD_TONE_PAIR matches)? */
function endsSyllableWithOldPair(lower: string): boolean {
  TONE_PAIR_ANYWHERE.lastIndex = 0
  for (let hit = TONE_PAIR_ANYWHERE.exec(lower); hit; hit = TONE_PAIR_ANYWHERE.exec(lower)) {
    const after = hit.index + 2
    if (after >= lower.length || !LETTER_OR_MARK.test(lower.charAt(after))) return true
    TONE_PAIR_ANYWHERE.lastIndex = hit.index + 1
  }
  return false
}

/**
 * Initial consonant clusters that are no word on their own: a Vietnamese syllable always holds a vowel,
 * so a line that ends in one of these ("… tỷ lệ hộ cận ng" / "hèo giảm 1,2%") was cut inside a word by
 * the export. Single consonants are left out: "đ" (đồng), "m", "t" are written alone as unit
 * abbreviations.
 */
export const WORD_ONSETS: ReadonlySet<string> = new Set(['ch', 'gh', 'kh', 'ng', 'ngh', 'nh', 'ph', 'th', 'tr'])
