/**
 * Words that never end a Vietnamese sentence: a line that ends with one of them continues on the next
 * line, even when the next line starts with a capital (a proper noun: "… của" / "Ủy ban nhân dân tỉnh").
 * Folded (lower case, new tone placement).
 */
export const CONTINUATION_WORDS: ReadonlySet<string> = new Set([
  'và', // and
  'hoặc', // or
  'của', // of
  'các', // the (plural)
  'những', // the (plural)
  'cho', // for
  'với', // with
  'trong', // in
  'theo', // according to
  'về', // about
  'tại', // at
  'là', // is
  'được', // passive marker
  'bị', // passive marker (adverse)
  'đến', // to
  'từ', // from
  'để', // in order to
  'nhằm', // aiming to
  'gồm', // comprising
  'như', // such as
  'thuộc', // belonging to
  'giữa', // between
  'trên', // on, over
  'dưới', // under
  'đối', // "đối với": towards
  'thứ' // ordinal: "lần thứ" / "XX", "Kỳ họp thứ" / "18" (a sentence that ends with the noun, "mọi thứ", ends with a stop)
  // Not "số" ("Quyết định số" / "15/QĐ-UBND" is covered by the digit rule): "dân số" ends headings.
])

/**
 * Common nouns that official writing capitalises in the middle of a sentence: after a line that the
 * wrap width cut, a line that starts with one goes on the sentence ("… phục vụ" / "Nhân dân; đổi mới
 * …"). Folded.
 */
export const CAPITALISED_NOUNS: readonly string[] = [
  'nhân dân', // the People: "phục vụ Nhân dân", "các tầng lớp Nhân dân"
  'tổ quốc', // the Fatherland: "bảo vệ Tổ quốc"
  'covid', // the disease: "phòng, chống dịch" / "Covid-19"
  'thành phố', // a city named as the authority: "đạt 100% dự toán" / "Thành phố giao"
  'trung ương' // the central government: "theo chỉ đạo của" / "Trung ương"
]
