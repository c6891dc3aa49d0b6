/**
 * Annex (phụ lục) vocabulary: the headings that open an annex and the words of table header cells,
 * mapped to the field of `AppendixRow` they fill.
 *
 * Keywords are lower case and match the start of a header cell once emphasis is removed and spaces
 * are collapsed; when several match, the longest wins ("chỉ tiêu kế hoạch" is the plan, "chỉ tiêu" the
 * name).
 */

/** The field of an appendix row a column fills. */
export type ColumnRole = 'label' | 'name' | 'unit' | 'plan' | 'actual' | 'assessment'

/** Words that open an annex: "PHỤ LỤC 1", "Phụ lục số 02", "PHỤ BIỂU I". */
export const ANNEX_WORDS: readonly string[] = [
  'phụ lục', // annex
  'phụ biểu' // annex table
]

export const HEADER_KEYWORDS: Readonly<Record<ColumnRole, readonly string[]>> = {
  label: [
    'số tt', // số thứ tự: row number
    'stt',
    'tt',
    'số thứ tự',
    'thứ tự'
  ],
  name: [
    'chỉ tiêu', // indicator
    'tên chỉ tiêu',
    'nội dung', // content
    'danh mục', // list item
    'hạng mục', // work item
    'lĩnh vực', // field
    'tên' // name
  ],
  unit: [
    'đơn vị', // đơn vị tính: unit
    'đơn vị tính',
    'đvt',
    'đv tính',
    'dvt'
  ],
  plan: [
    'kế hoạch', // plan
    'kh',
    'chỉ tiêu kế hoạch',
    'chỉ tiêu giao', // assigned target
    'chỉ tiêu nghị quyết',
    'mục tiêu', // target
    'dự toán', // budget estimate
    'nghị quyết', // figure set by the resolution
    'nq'
  ],
  actual: [
    'ước thực hiện', // estimated outturn
    'ước th',
    'ước tính',
    'ước đạt',
    'thực hiện', // outturn
    'th',
    'kết quả thực hiện', // result
    'kết quả'
  ],
  assessment: [
    'đánh giá', // assessment: Đạt/Vượt/Không đạt KH
    'so sánh', // comparison
    'tỷ lệ thực hiện', // share of plan achieved
    'tỷ lệ đạt',
    'tỷ lệ (%)',
    '% so',
    '% th/kh',
    'th/kh',
    'tỷ lệ % th'
  ]
}

/**
 * Lines of an annex title block that are not part of the table title: the attachment note
 * "(Kèm theo Báo cáo số …)" (any line wholly in parentheses) and the unit note "ĐVT: triệu đồng".
 */
export const TITLE_NOTE_PREFIXES: readonly string[] = [
  'đvt', // unit note
  'đơn vị tính', // unit note
  'đơn vị:', // unit note
  'kèm theo' // attachment note without parentheses
]
