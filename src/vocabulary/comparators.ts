/**
 * Words around a figure that say how the figure bounds the measure (comparator) and whether it is a
 * change (direction). Phrases are lower case, as written; matching folds case and tone placement.
 *
 * The parser reads the words right before a figure, nearest first, through any of the phrases below
 * (comparators, direction verbs, linking words), and the words right after its unit ("trở lên").
 * When several comparators stand before one figure the bound wins over the hedge: "khoảng trên 500"
 * is gt, "tăng khoảng 12% trở lên" is gte; plain "đạt"/"là"/"bằng" or a bare figure is eq.
 */
import type {Comparator} from '../schema.js'

export interface ComparatorWord {
  readonly phrase: string
  readonly comparator: Comparator
}

/** Comparator phrases written before the figure. */
export const COMPARATOR_WORDS: readonly ComparatorWord[] = [
  // gt: above
  {phrase: 'trên', comparator: 'gt'}, // "trên 97%" (above)
  {phrase: 'hơn', comparator: 'gt'}, // "hơn 500 người" (more than)
  {phrase: 'vượt', comparator: 'gt'}, // "vượt 5% dự toán" (exceed)
  {phrase: 'vượt trên', comparator: 'gt'}, // "vượt trên 10%" (exceed, above)
  {phrase: 'cao hơn', comparator: 'gt'}, // "cao hơn 5%" (higher than)
  {phrase: 'lớn hơn', comparator: 'gt'}, // "lớn hơn 1" (greater than)
  {phrase: 'nhiều hơn', comparator: 'gt'}, // "nhiều hơn 100 hộ" (more than)
  {phrase: '>', comparator: 'gt'}, // symbol
  // gte: at least
  {phrase: 'ít nhất', comparator: 'gte'}, // "có ít nhất 01 huyện" (at least)
  {phrase: 'đạt và vượt', comparator: 'gte'}, // "đạt và vượt 100% dự toán" (reach or exceed)
  {phrase: 'tối thiểu', comparator: 'gte'}, // "tối thiểu 95%" (minimum)
  {phrase: 'không dưới', comparator: 'gte'}, // "không dưới 90%" (not below)
  {phrase: 'không ít hơn', comparator: 'gte'}, // "không ít hơn 50 người" (not fewer than)
  {phrase: 'không thấp hơn', comparator: 'gte'}, // "không thấp hơn 8%" (not lower than)
  {phrase: '≥', comparator: 'gte'}, // symbol
  {phrase: '>=', comparator: 'gte'}, // symbol, typed
  // lt: below; "not more than" is lt by the gold convention (only "tối đa" is lte)
  {phrase: 'dưới', comparator: 'lt'}, // "giảm còn dưới 1,8%" (below)
  {phrase: 'không quá', comparator: 'lt'}, // "không quá 110 bé trai/100 bé gái" (not over)
  {phrase: 'không vượt quá', comparator: 'lt'}, // "không vượt quá 4%" (not exceeding)
  {phrase: 'không cao hơn', comparator: 'lt'}, // "không cao hơn 3%" (not higher than)
  {phrase: 'không lớn hơn', comparator: 'lt'}, // "không lớn hơn 5%" (not greater than)
  {phrase: 'thấp hơn', comparator: 'lt'}, // "thấp hơn 2%" (lower than)
  {phrase: 'nhỏ hơn', comparator: 'lt'}, // "nhỏ hơn 1" (smaller than)
  {phrase: 'ít hơn', comparator: 'lt'}, // "ít hơn 10 vụ" (fewer than)
  {phrase: 'chưa đến', comparator: 'lt'}, // "chưa đến 1%" (not yet reaching)
  {phrase: 'chưa tới', comparator: 'lt'}, // same, other spelling
  {phrase: '<', comparator: 'lt'}, // symbol
  // lte: at most
  {phrase: 'tối đa', comparator: 'lte'}, // "tối đa 3,5%" (maximum)
  {phrase: '≤', comparator: 'lte'}, // symbol
  {phrase: '<=', comparator: 'lte'}, // symbol, typed
  // approx: hedges
  {phrase: 'khoảng', comparator: 'approx'}, // "khoảng 59.000 người" (about)
  {phrase: 'ước', comparator: 'approx'}, // "ước 8%" (estimated)
  {phrase: 'ước đạt', comparator: 'approx'}, // "ước đạt 172.033 tỷ đồng" (estimated to reach)
  {phrase: 'ước tính', comparator: 'approx'}, // "ước tính 5%" (estimated)
  {phrase: 'ước khoảng', comparator: 'approx'}, // "ước khoảng 500 tỷ đồng" (estimated at about)
  {phrase: 'gần', comparator: 'approx'}, // "gần 100%" (nearly)
  {phrase: 'xấp xỉ', comparator: 'approx'}, // "xấp xỉ 50%" (approximately)
  {phrase: 'trên dưới', comparator: 'approx'}, // "trên dưới 10%" (more or less): not gt
  {phrase: 'chừng', comparator: 'approx'}, // "chừng 200 hộ" (some)
  {phrase: '~', comparator: 'approx'}, // symbol
  {phrase: '≈', comparator: 'approx'}, // symbol
  // eq: plain statements
  {phrase: 'đạt', comparator: 'eq'}, // "đạt 46%" (reach)
  {phrase: 'đạt được', comparator: 'eq'}, // "đạt được 90%" (achieve)
  {phrase: 'là', comparator: 'eq'}, // "là 35 học sinh" (is)
  {phrase: 'bằng', comparator: 'eq'}, // "bằng 81% dự toán" (equal to)
  {phrase: 'chiếm', comparator: 'eq'}, // a share: "Dịch vụ chiếm khoảng 40,94%" (account for)
  {phrase: '=', comparator: 'eq'} // symbol
]

/** Comparator phrases written after the figure and its unit. */
export const COMPARATOR_SUFFIXES: readonly ComparatorWord[] = [
  {phrase: 'trở lên', comparator: 'gte'}, // "93% trở lên", "từ 95% trở lên"
  {phrase: 'trở xuống', comparator: 'lte'} // "5% trở xuống"
]

/**
 * "từ" before a figure: a lower bound ("có từ 3 xã" = gte), the start of a range ("từ 04-06 xã",
 * "từ 2 đến 3 xã"), or a baseline ("giảm từ 3% xuống 2%": the 3% is not a target).
 */
export const FROM_WORDS: readonly string[] = [
  'từ' // "có từ 3 xã" (from)
]

/** Connectors between the two ends of a range: "7,5-8%", "4,5 - 5%", "từ 2 đến 3", "8 ÷ 10". */
export const RANGE_CONNECTORS: readonly string[] = [
  '-', // "7,5-8%", "4,5 - 5%"
  '–', // en dash: "22 – 23 triệu lượt khách"
  '—', // em dash
  '−', // minus sign
  '÷', // "12 ÷ 14%"
  'đến', // "từ 2 đến 3 xã" (to)
  'tới' // same, other spelling
]

export interface DirectionWord {
  readonly phrase: string
  readonly direction: 'increase' | 'decrease'
}

/**
 * Verbs that make the figure a change. They govern a figure when they stand right before it (through
 * comparators and linking words: "tăng 11%", "giảm còn dưới 1,8 %", "tăng: 10%") or open the clause
 * ("Giảm tỷ lệ sinh là 0,07 ‰"). "Tỷ lệ tăng dân số tự nhiên dưới 1%" has no direction: there "tăng"
 * is part of the measure's name.
 */
export const DIRECTION_WORDS: readonly DirectionWord[] = [
  {phrase: 'tăng', direction: 'increase'}, // "tăng 11%" (increase)
  {phrase: 'tăng thêm', direction: 'increase'}, // "tăng thêm 2.000 người" (increase by a further)
  {phrase: 'tăng lên', direction: 'increase'}, // "tăng lên 50%" (rise to)
  {phrase: 'tăng gấp', direction: 'increase'}, // "tăng gấp 1,5 lần" (multiply by)
  {phrase: 'tăng trưởng', direction: 'increase'}, // only right before the figure: "GRDP tăng trưởng 8%" (grow)
  {phrase: 'giảm', direction: 'decrease'}, // "giảm 1,5%" (decrease)
  {phrase: 'giảm còn', direction: 'decrease'}, // "giảm còn 0,71%" (fall to)
  {phrase: 'giảm xuống', direction: 'decrease'}, // "giảm xuống dưới 15%" (fall to)
  {phrase: 'giảm xuống còn', direction: 'decrease'}, // "giảm xuống còn 40%" (fall to)
  {phrase: 'kéo giảm', direction: 'decrease'}, // "kéo giảm tỷ lệ hộ nghèo 1%" (bring down)
  {phrase: 'giảm thiểu', direction: 'decrease'} // "giảm thiểu 10% số vụ" (reduce)
]

/**
 * A direction verb right after one of these names a rate, not a change: "tốc độ tăng 8%" is the
 * growth rate itself.
 */
export const DIRECTION_NOUN_HEADS: readonly string[] = ['tốc độ', 'tỷ lệ', 'tỉ lệ', 'mức', 'chỉ số']

/**
 * Words after a clause-opening "tăng"/"giảm" that make it another verb or a noun: "Tăng cường",
 * "Tăng trưởng kinh tế đạt 8%", "tăng gia", "tăng tốc", "Giảm nghèo bền vững".
 */
export const DIRECTION_OPENER_BLOCKERS: readonly string[] = ['cường', 'trưởng', 'gia', 'tốc', 'ca', 'nghèo', 'áp', 'phát']

/** Verbs that hold a level: the figure has no direction and inherits none ("Duy trì … dưới 1%"). */
export const HOLD_WORDS: readonly string[] = [
  'duy trì', // "Duy trì tỷ lệ … dưới 1%" (maintain)
  'giữ', // "giữ 45%" (keep)
  'giữ vững', // "giữ vững 100%" (hold firm)
  'giữ ổn định' // "giữ ổn định 47%" (keep stable)
]

/**
 * Particles that continue a change verb: "giảm còn 9%; thể thấp còi còn 12,7%" — the second clause shares
 * the verb of the first, so it takes the first one's direction.
 */
export const DIRECTION_PARTICLES: readonly string[] = [
  'còn', // "thể thấp còi còn 12,7%" (down to)
  'xuống', // "xuống 2%" (down to)
  'xuống còn', // "xuống còn 2,5%" (down to)
  'lên', // "lên 42%" (up to)
  'lên đến', // "lên đến 50%" (up to)
  'lên tới' // same, other spelling
]

/**
 * Aspiration verbs ("phấn đấu", with common typing slips: "phân đầu", "phần đầu"): they open a clause
 * that may restate the previous measure with a higher figure (", phấn đấu trên 8%"), which is then its
 * own target with the previous measure and direction.
 */
export const ASPIRATION_WORDS: readonly string[] = [
  'phấn đấu', // "phấn đấu trên 8%" (strive for)
  'phân đấu', // typing slips of the same word, all met in real files
  'phân đầu',
  'phần đầu',
  'phấn đầu',
  'phần đấu',
  'để phấn đấu', // "… để phấn đấu đến năm 2025 …" (in order to strive for)
  'đề phần đầu' // the same with a slip on "để"
]

/**
 * Linking words allowed between a figure and the verb or comparator that governs it; they carry no
 * meaning of their own here ("tăng bình quân 8%/năm", "ở mức 118,2", "giới thiệu việc làm cho 275").
 */
export const LINKING_WORDS: readonly string[] = [
  ':', // "xây dựng tăng: 10%"
  'ở mức', // "ở mức 118,2 bé trai/100 bé gái" (at the level of)
  'mức', // "mức 5%" (level)
  'ở', // "ở 45%" (at)
  'bình quân', // "tăng bình quân 8%/năm" (on average)
  'hàng năm', // "giảm hàng năm 1%-1,5%" (every year)
  'hằng năm', // same, other spelling
  'mỗi năm', // "giảm mỗi năm 1,5%" (each year)
  'cho', // "giới thiệu việc làm cho 275 lao động" (for)
  'được', // "được 90%" (passive marker)
  'có', // "có 9,3 bác sỹ" (have)
  'tổng cộng', // "tổng cộng 500 hộ" (in total)
  'đến', // "lên đến 50%" when split (to)
  'tới', // same, other spelling
  'thêm' // "tạo việc làm thêm 3.400 lao động" (a further): not a change of its own
]
