/**
 * Words around a figure that make it something other than a target, or that shape the clause it sits
 * in: time labels and document labels before a number, population nouns and dimension words before a
 * qualifier, per-unit bases, detail and statement words, the edges of a metric. Read by the target
 * parser (../stages/parse-targets.ts). Phrases are lower case, as written; matching folds case and tone
 * placement.
 */
/** Words right before a number that make it a date or a year: "năm 2025", "tháng 12", "(giá SS 2010)". */
export const TIME_LABELS: readonly string[] = [
  'năm', 'tháng', 'ngày', 'quý', 'tuần', 'giai đoạn', 'niên độ', 'niên vụ', 'khóa', 'nhiệm kỳ', 'kỳ', 'đợt',
  'thứ', 'lần thứ', 'ss', 'giá ss', 'so sánh', 'đến năm', 'từ năm', 'hết năm'
]

/**
 * Words right before a number that make it a label or a document number ("Điều 2", "lớp 1", "Nghị quyết số
 * 98", "mũi 3"), unless a unit follows ("tổng số 500 lao động").
 */
export const LABELS: readonly string[] = [
  'số', 'điều', 'khoản', 'điểm', 'mục', 'chương', 'phần', 'tiết', 'lớp', 'loại', 'hạng', 'nhóm', 'cấp', 'cấp độ',
  'mức độ', 'tổ', 'thôn', 'ấp', 'khóm', 'bản', 'xóm', 'khu phố', 'khu vực', 'khu', 'phường', 'quận', 'tuyến',
  'quốc lộ', 'tỉnh lộ', 'đường', 'ql', 'đt', 'đh', 'phụ lục', 'biểu', 'mẫu', 'bảng', 'hình', 'nghị quyết',
  'quyết định', 'nghị định', 'thông tư', 'luật', 'chỉ thị', 'kết luận', 'công văn', 'tờ trình', 'báo cáo',
  'kế hoạch', 'chương trình', 'đề án', 'top', 'khóa học', 'mã', 'lô', 'tầng', 'mũi', 'liều', 'giải', 'hệ'
]

/** Population nouns before an age: "trẻ em dưới 5 tuổi", "trẻ 6 tuổi", "phụ nữ 15-49 tuổi" (qualifiers). */
export const POPULATION_NOUNS: readonly string[] = [
  'trẻ', 'trẻ em', 'em', 'bé', 'người', 'phụ nữ', 'nữ', 'nam', 'học sinh', 'thanh niên', 'công dân', 'lao động',
  'dân số', 'trẻ sơ sinh', 'thiếu niên', 'người dân', 'người cao tuổi'
]

/** Dimension words before a length: "chiều rộng ≥ 7,5m" (a qualifier when another figure follows). */
export const DIMENSION_WORDS: readonly string[] = [
  'rộng', 'chiều rộng', 'bề rộng', 'dài', 'chiều dài', 'cao', 'chiều cao', 'sâu', 'đường kính', 'mặt cắt', 'xe chạy'
]

/** Words before "1 <unit>" that make it a per-unit base: "trên 1ha đất", "mỗi ha", "bình quân 1 lao động". */
export const PER_UNIT_WORDS: readonly string[] = ['trên', 'mỗi', 'trên mỗi', 'bình quân', '/']

/** Words that announce the detail of the previous figure: "trong đó: thu nội địa …". */
export const DETAIL_WORDS: readonly string[] = ['trong đó', 'bao gồm', 'gồm']

/** Words that make a parenthesis a statement whose figures count: "(trong đó …)", "(tăng 10%)". */
export const STATEMENT_WORDS: readonly string[] = ['tăng', 'giảm', 'đạt', 'chiếm', 'còn', 'là', 'bằng', 'gồm', 'vượt', 'trong đó', 'phấn đấu']

/** Words stripped from the edges of a metric. */
export const METRIC_EDGE_WORDS: readonly string[] = ['có', 'đảm bảo', 'bảo đảm', 'và', 'đạt', 'là', 'ở', 'với', 'các', 'tiếp tục', 'mỗi năm', 'hàng năm', 'hằng năm']

/** Prepositions of a time adverbial opening a clause: "đến hết năm 2023, …". */
export const TIME_PREPOSITIONS: readonly string[] = ['đến', 'tới', 'trong', 'từ', 'hết', 'cuối', 'đầu', 'vào', 'sau', 'trước']

/** Words after a figure that make the figure the start of a change: "từ 3% xuống 2%". */
export const CHANGE_TO_WORDS: readonly string[] = ['lên', 'xuống', 'còn', 'đến', 'tới']

/** Of those, the words of an adjustment, "điều chỉnh từ 7,5% lên 8%": never the end of a range ("từ 2 đến 3"). */
export const ADJUSTMENT_TO_WORDS: readonly string[] = ['lên', 'xuống']

/** Words that separate parallel figures, as "," does: "giảm 5% và tăng 3%". */
export const SOFT_WORDS: readonly string[] = ['và', 'hoặc']

/** Words skipped when looking for the noun before a qualifier figure ("trẻ em dưới 5 tuổi"). */
export const QUALIFIER_SKIP: readonly string[] = ['dưới', 'trên', 'từ', 'đủ', '≥', '≤', '>', '<', 'khoảng', 'gần', 'có']

/**
 * A clause that states another year's figure before the plan year's, in a report's "result and plan"
 * sentence: "năm 2025 ước đạt 412,5 tỷ đồng, năm 2026 phấn đấu đạt trên 440 tỷ đồng". The year word and
 * the words that make the year a base of comparison instead ("tăng 10% so với năm 2024").
 */
export const YEAR_WORD = 'năm'
export const COMPARISON_BASE_WORDS: readonly string[] = ['so với', 'so cùng kỳ']
