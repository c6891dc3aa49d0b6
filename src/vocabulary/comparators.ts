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
  {phrase: 'trên', comparator: 'gt'}, // "trên 97%"
  {phrase: 'hơn', comparator: 'gt'}, // "hơn 500 người"
  {phrase: 'vượt', comparator: 'gt'}, // "vượt 5%"
  {phrase: 'vượt trên', comparator: 'gt'},
  {phrase: 'cao hơn', comparator: 'gt'},
  {phrase: 'lớn hơn', comparator: 'gt'},
  {phrase: 'nhiều hơn', comparator: 'gt'},
  {phrase: '>', comparator: 'gt'},
  // gte: at least
  {phrase: 'ít nhất', comparator: 'gte'}, // "có ít nhất 01 huyện"
  {phrase: 'tối thiểu', comparator: 'gte'},
  {phrase: 'không dưới', comparator: 'gte'},
  {phrase: 'không ít hơn', comparator: 'gte'},
  {phrase: 'không thấp hơn', comparator: 'gte'},
  {phrase: '≥', comparator: 'gte'},
  {phrase: '>=', comparator: 'gte'},
  // lt: below; "not more than" is lt by the gold convention (only "tối đa" is lte)
  {phrase: 'dưới', comparator: 'lt'}, // "giảm còn dưới 1,8%"
  {phrase: 'không quá', comparator: 'lt'},
  {phrase: 'không vượt quá', comparator: 'lt'},
  {phrase: 'không cao hơn', comparator: 'lt'},
  {phrase: 'không lớn hơn', comparator: 'lt'},
  {phrase: 'thấp hơn', comparator: 'lt'},
  {phrase: 'nhỏ hơn', comparator: 'lt'},
  {phrase: 'ít hơn', comparator: 'lt'},
  {phrase: 'chưa đến', comparator: 'lt'},
  {phrase: 'chưa tới', comparator: 'lt'},
  {phrase: '<', comparator: 'lt'},
  // lte: at most
  {phrase: 'tối đa', comparator: 'lte'},
  {phrase: '≤', comparator: 'lte'},
  {phrase: '<=', comparator: 'lte'},
  // approx: hedges
  {phrase: 'khoảng', comparator: 'approx'}, // "khoảng 59.000 người"
  {phrase: 'ước', comparator: 'approx'},
  {phrase: 'ước đạt', comparator: 'approx'},
  {phrase: 'ước tính', comparator: 'approx'},
  {phrase: 'ước khoảng', comparator: 'approx'},
  {phrase: 'gần', comparator: 'approx'}, // "gần 100%"
  {phrase: 'xấp xỉ', comparator: 'approx'},
  {phrase: 'trên dưới', comparator: 'approx'}, // "more or less": not gt
  {phrase: 'chừng', comparator: 'approx'},
  {phrase: '~', comparator: 'approx'},
  {phrase: '≈', comparator: 'approx'},
  // eq: plain statements
  {phrase: 'đạt', comparator: 'eq'}, // "đạt 46%"
  {phrase: 'đạt được', comparator: 'eq'},
  {phrase: 'là', comparator: 'eq'}, // "là 35 học sinh"
  {phrase: 'bằng', comparator: 'eq'},
  {phrase: 'chiếm', comparator: 'eq'}, // a share: "Dịch vụ chiếm khoảng 40,94%"
  {phrase: '=', comparator: 'eq'}
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
export const FROM_WORDS: readonly string[] = ['từ']

/** Connectors between the two ends of a range: "7,5-8%", "4,5 - 5%", "từ 2 đến 3", "8 ÷ 10". */
export const RANGE_CONNECTORS: readonly string[] = ['-', '–', '—', '−', '÷', 'đến', 'tới']

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
  {phrase: 'tăng', direction: 'increase'}, // "tăng 11%"
  {phrase: 'tăng thêm', direction: 'increase'},
  {phrase: 'tăng lên', direction: 'increase'},
  {phrase: 'tăng trưởng', direction: 'increase'}, // only right before the figure: "GRDP tăng trưởng 8%"
  {phrase: 'giảm', direction: 'decrease'}, // "giảm còn 0,71%"
  {phrase: 'giảm xuống', direction: 'decrease'},
  {phrase: 'kéo giảm', direction: 'decrease'}, // "kéo giảm tỷ lệ hộ nghèo 1%"
  {phrase: 'giảm thiểu', direction: 'decrease'}
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
export const HOLD_WORDS: readonly string[] = ['duy trì', 'giữ', 'giữ vững', 'giữ ổn định']

/**
 * Particles that continue a change verb: "giảm còn 9%; thể thấp còi còn 12,7%" — the second clause shares
 * the verb of the first, so it takes the first one's direction.
 */
export const DIRECTION_PARTICLES: readonly string[] = ['còn', 'xuống', 'xuống còn', 'lên', 'lên đến', 'lên tới', 'thêm']

/**
 * Aspiration verbs ("phấn đấu", with common typing slips: "phân đầu", "phần đầu"): they open a clause
 * that may restate the previous measure with a higher figure (", phấn đấu trên 8%"), which is then its
 * own target with the previous measure and direction.
 */
export const ASPIRATION_WORDS: readonly string[] = [
  'phấn đấu',
  'phân đấu',
  'phân đầu',
  'phần đầu',
  'phấn đầu',
  'phần đấu',
  'để phấn đấu',
  'đề phần đầu'
]

/**
 * Linking words allowed between a figure and the verb or comparator that governs it; they carry no
 * meaning of their own here ("tăng bình quân 8%/năm", "ở mức 118,2", "giới thiệu việc làm cho 275").
 */
export const LINKING_WORDS: readonly string[] = [
  ':',
  'ở mức',
  'mức',
  'ở',
  'bình quân',
  'hàng năm',
  'hằng năm',
  'mỗi năm',
  'cho',
  'được',
  'có',
  'tổng cộng',
  'đến',
  'tới',
  'thêm'
]
