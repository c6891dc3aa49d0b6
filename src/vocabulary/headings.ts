/**
 * Heading vocabulary: how sections are numbered, and which headings open the lists this tool extracts.
 * Patterns run on text folded by `foldForMatch` (lower case, new tone placement) unless noted.
 */

/** "Phần thứ nhất", "Phần thứ hai", "Phần I", "PHẦN 2": the top division of a report. */
export const PART_HEADING = /^phần\s+(?:thứ\s+(\p{L}+)|([ivxlc]+|\d{1,2}))(?![\p{L}\p{N}])[.:]?\s*/u

/** "Chương I": chapter, same rank as a part. */
export const CHAPTER_HEADING = /^chương\s+([ivxlc]+|\d{1,2})(?![\p{L}\p{N}])[.:]?\s*/u

/** "Điều 2." / "Điều 2:" — an article of a resolution. */
export const ARTICLE_HEADING = /^điều\s+(\d{1,3})\s*[.:]?\s*/u

/** Annex: "PHỤ LỤC", "Phụ lục 1", "PHỤ LỤC II". */
export const ANNEX_HEADING = /^phụ lục(?:\s+(?:số\s+)?([ivxlc]+|\d{1,2}))?(?![\p{L}\p{N}])[.:]?\s*/u

/**
 * Paragraphs that close the body of a document: recipients, the closing formula of a report, the
 * adoption sentence of a resolution, the signature block.
 */
/** The adoption sentence of a resolution, dated or not: "Nghị quyết này đã được Hội đồng nhân dân … thông qua …". */
export const ADOPTION_SENTENCE = /^nghị quyết này (?:đã )?được .*thông qua/u

export const CLOSING_PARAGRAPHS: readonly RegExp[] = [
  /^nơi nhận\s*:?/u, // list of recipients
  /^trên đây là\s/u, // "Trên đây là Báo cáo ..." closing formula
  ADOPTION_SENTENCE, // adoption sentence
  /^(?:\*\*)?(?:tm\.|t\/m|kt\.|tl\.)\s/u // signature block: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"
]

/**
 * The first two characters of the closing paragraphs above (folded, emphasis removed): a paragraph that
 * starts otherwise is spared folding and the patterns. Keep in step with CLOSING_PARAGRAPHS
 * (tests/split-sections-fast.test.ts checks the patterns' first two characters).
 */
export const CLOSING_PARAGRAPH_STARTS: ReadonlySet<string> = new Set(['nơ', 'tr', 'ng', 'tm', 't/', 'kt', 'tl'])

/** The word that names the targets, in headings and leads (folded): "Các chỉ tiêu chủ yếu". */
export const TARGETS_WORD = 'chỉ tiêu'

/** Headings of a list of the plan's main targets (chỉ tiêu). */
export const INDICATOR_HEADING = /(?:^|[^\p{L}])chỉ tiêu(?![\p{L}])/u

/** Headings that mention chỉ tiêu but introduce solutions or tasks, not the targets themselves. */
export const NOT_INDICATOR_HEADING = /(?:giải pháp|nhiệm vụ|kết quả|đánh giá|tình hình|thực hiện các chỉ tiêu|tổ chức thực hiện)/u

/**
 * Headings of the plan's tasks and solutions: "Nhiệm vụ và giải pháp chủ yếu", "Nhiệm vụ, giải pháp",
 * "Các nhiệm vụ trọng tâm", "Giải pháp thực hiện các chỉ tiêu", "Mục tiêu, nhiệm vụ và giải pháp năm 2024".
 * Anchored at the start: an item such as "Tập trung thực hiện các nhiệm vụ lớn" is a task, not a tasks section.
 */
export const TASK_HEADING = /^(?:(?:một số|các|những)\s+)?(?:mục tiêu,?\s+(?:và\s+)?)?(?:nhiệm vụ|giải pháp)(?![\p{L}])/u

/**
 * Headings of a tasks section that are really about the past or about implementation, not tasks.
 * "Tổ chức thực hiện" only as the whole heading: "Các giải pháp tổ chức thực hiện kế hoạch" are tasks.
 */
export const NOT_TASK_HEADING = /(?:^tổ chức thực hiện|kết quả thực hiện|đánh giá|tình hình thực hiện)/u

/** "Tổ chức thực hiện": who implements and supervises; never tasks. */
export const IMPLEMENTATION_HEADING = /^tổ chức thực hiện/u

/**
 * A line that is wholly the title of one of the plan's parts, as Word prints it in bold and a plain-text
 * copy keeps it without the bold, the colon or a number: "Mục tiêu tổng quát", "Các chỉ tiêu chủ yếu",
 * "Nhiệm vụ và giải pháp", "Nhiệm vụ, giải pháp chủ yếu năm 2025", "Tổ chức thực hiện".
 */
export const SECTION_TITLE_LINE =
  /^(?:(?:một số|các|những)\s+)?(?:mục tiêu(?:\s+(?:tổng quát|cụ thể))?|chỉ tiêu(?:\s+chủ yếu)?|(?:mục tiêu,?\s+(?:và\s+)?)?(?:nhiệm vụ|giải pháp)(?:,?\s+(?:và\s+)?giải pháp)?(?:\s+(?:chủ yếu|trọng tâm))?|tổ chức thực hiện)(?:\s+năm\s+\d{4})?$/u

/** Headings of the plan's objectives (mục tiêu); may hold the indicator list in reports. */
export const OBJECTIVES_HEADING = /(?:^|[^\p{L}])mục tiêu(?![\p{L}])/u

/**
 * The lead of a group heading that carries its own content: "Chỉ tiêu về kinh tế: Thu ngân sách…",
 * "Về xã hội: …", "Nhóm chỉ tiêu môi trường: …", "Lĩnh vực y tế: …". Not a name of the whole list:
 * "Các chỉ tiêu chủ yếu", "Chỉ tiêu cụ thể", "Các chỉ tiêu chính", "Một số chỉ tiêu cơ bản".
 */
export const GROUP_LEAD = /^(?:(?:các|những|nhóm)\s+){0,2}(?:chỉ tiêu\s+(?!chủ yếu|cụ thể|chính(?![\p{L}])|cơ bản)|về\s|lĩnh vực\s|nhóm\s)(?!.*chủ yếu)/u

/**
 * The first words (folded) of the word markers above: PART_HEADING, CHAPTER_HEADING, ARTICLE_HEADING,
 * ANNEX_HEADING and ORDINAL_OPENER. Each pattern needs one of them followed by white space, so a
 * paragraph whose first word is another is spared folding and the patterns. Keep in step with the
 * patterns (tests/read-marker-fast.test.ts checks them).
 */
export const WORD_MARKER_FIRST_WORDS: ReadonlySet<string> = new Set([
  'phần',
  'chương',
  'điều',
  'phụ',
  'thứ',
  'một',
  'hai',
  'ba',
  'bốn',
  'năm',
  'sáu',
  'bảy',
  'tám',
  'chín',
  'mười'
])

/**
 * Ordinal openers of items: "Một là, …", "Hai là, …", "Thứ nhất, …", "Thứ hai: …". Folded text;
 * group 1 is the label as the document writes it (before the comma or colon).
 */
export const ORDINAL_OPENER = /^((?:(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?:\s+(?:một|hai|ba|bốn|lăm|năm|sáu|bảy|tám|chín))?\s+là)|(?:thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)))\s*[,:]\s*(?=\S)/u
