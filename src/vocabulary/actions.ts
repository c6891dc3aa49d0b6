/**
 * Action vocabulary of tasks and solutions: the verbs that open what a plan commits the government to
 * do ("Tập trung …", "Đẩy mạnh …", "Hoàn thành …"), and the cues of a quantified commitment.
 * Lower case, new tone placement (matched on `foldForMatch` text), longest phrase first at match time.
 */
import {anyCaseOf} from './orthography.js'

/** Verbs that open an action clause: words of letters separated by one space (they are matched word by word). */
export const ACTION_VERBS: readonly string[] = [
  'bảo đảm', 'bố trí', 'cải cách', 'cải thiện', 'chăm lo', 'chỉ đạo', 'chủ động', 'chuẩn bị', 'chuyển đổi',
  'củng cố', 'đảm bảo', 'đẩy mạnh', 'đẩy nhanh', 'đổi mới', 'duy trì', 'giải quyết', 'giữ vững', 'hoàn thành',
  'hoàn thiện', 'hỗ trợ', 'huy động', 'khắc phục', 'khẩn trương', 'khuyến khích', 'kiểm soát', 'kiểm tra',
  'kiện toàn', 'làm tốt', 'mở rộng', 'nâng cao', 'nâng cấp', 'ngăn chặn', 'nghiên cứu', 'phát huy',
  'phát triển', 'phấn đấu', 'phối hợp', 'quan tâm', 'quản lý', 'rà soát', 'siết chặt', 'tăng cường',
  'tập trung', 'theo dõi', 'thu hút', 'thực hiện', 'thường xuyên', 'tiết kiệm', 'tiếp tục', 'tổ chức',
  'triển khai', 'tuyên truyền', 'ưu tiên', 'ứng dụng', 'vận động', 'xây dựng', 'xử lý'
]

/**
 * Verbs of manner or aspect that usually precede the main verb ("Tiếp tục đẩy mạnh …"): when one is
 * followed by another action verb, the second is the action.
 */
export const AUXILIARY_VERBS: ReadonlySet<string> = new Set(['tiếp tục', 'khẩn trương', 'thường xuyên', 'chủ động', 'tập trung', 'quyết liệt', 'kịp thời', 'tích cực'])

/**
 * Cues that a clause with a figure states a commitment ("phấn đấu đạt từ 65 mô hình trở lên"), lower
 * case, matched in a folded text (`foldForMatch`).
 */
export const COMMITMENT_CUES = /(?:phấn đấu|đạt|bảo đảm|đảm bảo|hoàn thành|tối thiểu|ít nhất|trở lên|giảm còn|tăng|giảm|có thêm|thành lập|xây dựng thêm|duy trì)/u

/**
 * `COMMITMENT_CUES` for the text as written (`anyCaseOf`): the same verdict as testing the folded text
 * (tests/read-task-content.property.test.ts), three times cheaper than folding. A cue added with an
 * oa/oe/uy pair, an "s" or a "k" must be tested on the folded text instead. (Folding would also respell
 * a cue's last vowel glued to a toned vowel, "bảoả", which no Vietnamese word writes.)
 */
export const COMMITMENT_CUES_ANY_CASE = anyCaseOf(COMMITMENT_CUES)
