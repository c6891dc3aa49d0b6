/**
 * Vietnamese administrative vocabulary: issuing bodies, levels of local government, document kinds.
 * Patterns are matched against text folded by `foldForMatch` (lower case, new tone placement).
 */
import type {AdminLevel, DocumentKind} from '../schema.js'

/** Issuing bodies, as written in headers and signature blocks, with their canonical name. */
export const ISSUING_BODIES: ReadonlyArray<{readonly pattern: RegExp; readonly name: string}> = [
  // People's council (legislative): "HỘI ĐỒNG NHÂN DÂN", abbreviated "HĐND"
  {pattern: /^(?:hội đồng nhân dân|hđnd)(?![\p{L}])/u, name: 'Hội đồng nhân dân'},
  // People's committee (executive): "ỦY BAN NHÂN DÂN" / "UỶ BAN NHÂN DÂN", abbreviated "UBND"
  {pattern: /^(?:ủy ban nhân dân|ubnd)(?![\p{L}])/u, name: 'Ủy ban nhân dân'},
  // National Assembly: resolutions of the national plan; no locality
  {pattern: /^quốc hội$/u, name: 'Quốc hội'}
]

/**
 * How a header line naming an issuing body starts: its first two letters (lower case, before tone
 * folding; white space and emphasis marks left out), those of `ISSUING_BODIES` ("hội đồng", "hđnd", "ủy
 * ban" or "uỷ ban", "ubnd", "quốc hội") and of a signing prefix ("TM.", "T/M", "KT."). A line starting
 * otherwise names no body. Kept in step with the patterns by a test.
 */
export const ISSUER_LINE_STARTS: readonly string[] = ['hộ', 'hđ', 'ủy', 'uỷ', 'ub', 'qu', 'tm', 't/', 'kt']

/**
 * Levels of local government, longest first so that "thị xã" wins over "xã" and "thành phố" is one word.
 * `thị trấn` (township) is a commune-level unit and is reported as "commune".
 */
export const ADMIN_LEVEL_WORDS: ReadonlyArray<{readonly word: string; readonly level: Exclude<AdminLevel, null>}> = [
  {word: 'thành phố', level: 'city'}, // city (provincial or district level)
  {word: 'thị trấn', level: 'commune'}, // township, commune level
  {word: 'thị xã', level: 'town'}, // town, district level
  {word: 'tỉnh', level: 'province'}, // province
  {word: 'huyện', level: 'district'}, // rural district
  {word: 'quận', level: 'district'}, // urban district
  {word: 'phường', level: 'ward'}, // urban ward
  {word: 'xã', level: 'commune'}, // rural commune
  {word: 'đặc khu', level: 'commune'} // special zone ("đặc khu Phú Quốc"), commune level since the 2025 reform
]

/** Title lines that name the kind of document (whole line, folded). */
export const DOCUMENT_KIND_TITLES: ReadonlyArray<{readonly title: string; readonly kind: DocumentKind}> = [
  {title: 'nghị quyết', kind: 'resolution'}, // resolution of a people's council
  {title: 'báo cáo', kind: 'report'}, // report of a people's committee
  {title: 'kế hoạch', kind: 'unknown'} // plan of a people's committee: a kind the schema does not name, but a title follows
]

/** Document-number type codes ("412/NQ-HĐND", "198/BC-UBND") -> kind. */
export const NUMBER_KIND_CODES: Readonly<Record<string, DocumentKind>> = {
  nq: 'resolution', // Nghị quyết
  bc: 'report' // Báo cáo
}

/** The line that opens the operative part of a resolution ("QUYẾT NGHỊ:"). */
export const RESOLVES_LINE = /^quyết nghị\s*:?$/u

/**
 * Words that may stand between "kỳ họp" and the session's ordinal (folded): an extraordinary or
 * thematic session is numbered in the same sequence, "Kỳ họp bất thường lần thứ 9", "kỳ họp chuyên đề
 * lần thứ hai".
 */
export const SESSION_QUALIFIERS: readonly string[] = ['bất thường', 'chuyên đề', 'lần']

/** Marks a draft ("DỰ THẢO"). */
export const DRAFT_MARK = /(?:^|[^\p{L}])dự thảo(?![\p{L}])/u

/** Introduces a legal basis in the preamble. */
export const LEGAL_BASIS_START = /^căn cứ\s+/u

/** Types of legal instrument, to split a preamble line into one entry per instrument. */
export const INSTRUMENT_TYPES = [
  'luật', 'bộ luật', 'pháp lệnh', 'nghị định', 'nghị quyết', 'thông tư', 'quyết định', 'chỉ thị', 'kết luận',
  'hiến pháp', 'thông báo', 'văn bản', 'công văn', 'kế hoạch', 'báo cáo', 'tờ trình'
] as const

/** The national motto printed beside the issuer in every header: not part of any field. */
export const NATIONAL_MOTTO: readonly RegExp[] = [
  /cộng hòa xã hội chủ nghĩa việt nam/gu, // Socialist Republic of Vietnam
  /độc lập\s*[-–]\s*tự do\s*[-–]\s*hạnh phúc/gu // Independence - Freedom - Happiness
]

/** The first two letters of the phrases of `NATIONAL_MOTTO` ("cộ", "độ"). */
export const MOTTO_STARTS: readonly string[] = NATIONAL_MOTTO.map((pattern) => pattern.source.slice(0, 2))
