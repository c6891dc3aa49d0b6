/**
 * Header metadata: kind, draft, number, title, issuer, locality, admin level, term, session, place and
 * date of issue, date of adoption, plan year and legal bases.
 *
 * Reads the header (everything before the operative part: "QUYẾT NGHỊ:", "Điều 1.", "Phần thứ nhất",
 * the first numbered heading), the closing adoption sentence, and the signature block.
 */
import type {VFile} from 'vfile'
import {report} from '../diagnostics.js'
import type {AdminLevel, DocumentKind, DocumentMetadata} from '../schema.js'
import type {SourceLine} from '../types.js'
import {
  ADMIN_LEVEL_WORDS,
  DOCUMENT_KIND_TITLES,
  DRAFT_MARK,
  INSTRUMENT_TYPES,
  ISSUING_BODIES,
  LEGAL_BASIS_START,
  NUMBER_KIND_CODES,
  RESOLVES_LINE
} from '../vocabulary/administration.js'
import {NUMBER_WORD_PATTERN, parseNumberWords} from '../vocabulary/number-words.js'
import {foldForMatch} from '../vocabulary/orthography.js'
import type {BlockRoot, Paragraph} from './parse-blocks.js'
import {readMarker} from './read-marker.js'
import {stripEmphasis} from './split-sections.js'

const NUMBER_LINE = /^số\s*:?\s*(.*)$/u
const DOCUMENT_NUMBER = /^(\d[\w.-]*\/[\p{L}\d./-]*[\p{L}\d])/u
const DATE = /ngày\s+(\d{1,2})\s*(?:tháng|\/|-)\s*(\d{1,2})\s*(?:năm|\/|-)\s*(\d{4})/u
const PLACE_DATE = /^([^,]{2,60}),\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/u
const TERM = /(?:^|[^\p{L}])khóa\s+([ivxlc]+)(?![\p{L}])/u
const SESSION = new RegExp(`kỳ họp\\s+thứ\\s+(\\d{1,3}|${NUMBER_WORD_PATTERN}(?:\\s+${NUMBER_WORD_PATTERN})*)`, 'u')
const YEAR = /năm\s+(\d{4})/gu
/** Headings that speak of the plan, and those that evaluate the past year. */
const PLAN_WORDS = /(?:kế hoạch|chỉ tiêu|mục tiêu|nhiệm vụ|giải pháp)/u
const EVALUATION_WORDS = /(?:đánh giá|kết quả|tình hình thực hiện)/u
const ADOPTION = /thông qua\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u

export function extractMetadata(lines: readonly SourceLine[], root: BlockRoot, file: VFile): DocumentMetadata {
  const paragraphs = root.children.filter((block): block is Paragraph => block.type === 'paragraph')
  const headerEnd = findHeaderEnd(paragraphs)
  const header = paragraphs.slice(0, headerEnd)
  const foldedHeader = header.map((paragraph) => foldForMatch(stripEmphasis(paragraph.text)))
  const allFolded = paragraphs.map((paragraph) => foldForMatch(stripEmphasis(paragraph.text)))

  const kindIndex = foldedHeader.findIndex((text) => DOCUMENT_KIND_TITLES.some((entry) => entry.title === text))
  const number = readNumber(foldedHeader, header)
  const kind = readKind(foldedHeader, kindIndex, number, allFolded)
  const title = kindIndex >= 0 && header[kindIndex + 1] ? stripEmphasis((header[kindIndex + 1] as Paragraph).text) : null
  const draft = lines.slice(0, 15).some((line) => DRAFT_MARK.test(foldForMatch(line.text)))

  const {issuer, locality, adminLevel} = readIssuer(paragraphs, headerEnd, kind, file)
  const placeDate = readPlaceAndDate(header)
  const closing = allFolded.findLast((text) => ADOPTION.test(text)) ?? null
  const adoptedOn = closing ? toIsoDate(ADOPTION.exec(closing)) : null

  const termSource = [...foldedHeader, ...(title ? [foldForMatch(title)] : []), ...(closing ? [closing] : [])]
  const term = firstMatch(termSource, TERM)?.toUpperCase() ?? null
  const sessionText = firstMatch(termSource, SESSION)
  const session = sessionText === null ? null : /^\d+$/.test(sessionText) ? Number(sessionText) : parseNumberWords(sessionText)

  return {
    kind,
    draft,
    number,
    title,
    issuer,
    locality,
    adminLevel,
    planYear: readPlanYear(title, allFolded, adoptedOn ?? placeDate.issuedOn),
    place: placeDate.place,
    issuedOn: placeDate.issuedOn,
    adoptedOn,
    term,
    session,
    legalBases: readLegalBases(header)
  }
}

/** Index of the first paragraph of the operative part. */
function findHeaderEnd(paragraphs: readonly Paragraph[]): number {
  for (let index = 0; index < paragraphs.length; index++) {
    const text = (paragraphs[index] as Paragraph).text
    const folded = foldForMatch(stripEmphasis(text))
    if (RESOLVES_LINE.test(folded)) return index
    const marker = readMarker(text)
    if (marker && marker.kind !== 'dash' && marker.kind !== 'star' && marker.kind !== 'plus') return index
  }
  return Math.min(paragraphs.length, 12)
}

function readNumber(folded: readonly string[], header: readonly Paragraph[]): string | null {
  for (let index = 0; index < folded.length; index++) {
    const match = NUMBER_LINE.exec(folded[index] as string)
    if (!match) continue
    const original = stripEmphasis((header[index] as Paragraph).text)
    const value = original.slice(original.length - (match[1] ?? '').length).trim()
    const number = DOCUMENT_NUMBER.exec(value)
    return number ? (number[1] ?? null) : null
  }
  return null
}

function readKind(folded: readonly string[], kindIndex: number, number: string | null, all: readonly string[]): DocumentKind {
  if (kindIndex >= 0) return DOCUMENT_KIND_TITLES.find((entry) => entry.title === folded[kindIndex])?.kind ?? 'unknown'
  const code = number ? /\/([\p{L}]+)-/u.exec(foldForMatch(number))?.[1] : undefined
  if (code && NUMBER_KIND_CODES[code]) return NUMBER_KIND_CODES[code]
  if (all.some((text) => RESOLVES_LINE.test(text) || /^nghị quyết này/u.test(text))) return 'resolution'
  if (all.some((text) => /^trên đây là báo cáo/u.test(text))) return 'report'
  return 'unknown'
}

interface IssuerReading {
  issuer: string | null
  locality: string | null
  adminLevel: AdminLevel
}

/**
 * The issuing body from a header line in capitals ("HỘI ĐỒNG NHÂN DÂN TỈNH HƯNG YÊN") or, failing that,
 * from the signature block ("TM. ỦY BAN NHÂN DÂN", "UBND THỊ XÃ HỒNG LĨNH"). When the line names the
 * level but not the place ("HỘI ĐỒNG NHÂN DÂN THỊ XÃ"), the place is looked up in the text ("thị xã Hồng Lĩnh").
 */
function readIssuer(paragraphs: readonly Paragraph[], headerEnd: number, kind: DocumentKind, file: VFile): IssuerReading {
  const candidates: Array<{body: string; rest: string; line: number}> = []
  const order = [...paragraphs.slice(0, headerEnd), ...paragraphs.slice(headerEnd).reverse()]
  for (const paragraph of order) {
    const clean = stripEmphasis(paragraph.text)
    if (clean.length > 120) continue
    const folded = foldForMatch(clean).replace(/^(?:tm|t\/m|kt)\.?\s*/u, '')
    for (const {pattern, name} of ISSUING_BODIES) {
      const match = pattern.exec(folded)
      if (match) candidates.push({body: name, rest: clean.slice(clean.length - folded.length + match[0].length).trim(), line: paragraph.position.start.line})
    }
  }
  // A report is the committee's, a resolution the council's: prefer the matching body.
  const preferred = kind === 'report' ? 'Ủy ban nhân dân' : kind === 'resolution' ? 'Hội đồng nhân dân' : null
  const sorted = [...candidates].sort((a, b) => Number(b.body === preferred) - Number(a.body === preferred))
  const withPlace = sorted.find((candidate) => readLevel(candidate.rest)?.name)
  const chosen = withPlace ?? sorted[0]
  if (!chosen) {
    report(file, 'metadata-no-issuer', 'no issuing body (HỘI ĐỒNG NHÂN DÂN / ỦY BAN NHÂN DÂN) found in the header')
    return {issuer: null, locality: null, adminLevel: null}
  }
  const body = preferred && sorted.some((candidate) => candidate.body === preferred) ? preferred : chosen.body
  let level = readLevel(chosen.rest) ?? sorted.map((candidate) => readLevel(candidate.rest)).find(Boolean) ?? null
  if (level && !level.name) {
    const name = findPlaceName(paragraphs, level.word)
    if (name) level = {...level, name}
  }
  if (!level) return {issuer: body, locality: null, adminLevel: null}
  if (!level.name) return {issuer: `${body} ${level.word}`, locality: null, adminLevel: level.level}
  // Places named by a number ("Phường 1") carry the level word in their name.
  const locality = /^\d/.test(level.name) ? `${capitalise(level.word)} ${level.name}` : level.name
  const issuer = /^\d/.test(level.name) ? `${body} ${locality}` : `${body} ${level.word} ${level.name}`
  return {issuer, locality, adminLevel: level.level}
}

interface LevelReading {
  word: string
  level: Exclude<AdminLevel, null>
  name: string | null
}

/** "TỈNH HƯNG YÊN" -> tỉnh, province, "Hưng Yên"; "THỊ XÃ" -> thị xã, town, null. */
function readLevel(rest: string): LevelReading | null {
  const folded = foldForMatch(rest)
  for (const {word, level} of ADMIN_LEVEL_WORDS) {
    if (!folded.startsWith(word)) continue
    const after = rest.slice(word.length)
    if (after && /^[\p{L}]/u.test(after)) continue
    const name = after.replace(/^[\s,]+/, '').replace(/[\s,.;:]+$/, '').replace(/\s*(?:khóa|khoá)\s.*$/iu, '').trim()
    return {word, level, name: name ? toTitleCase(name) : null}
  }
  return null
}

/** Find "<level word> <Proper Name>" in the text, e.g. "thị xã Hồng Lĩnh". */
function findPlaceName(paragraphs: readonly Paragraph[], word: string): string | null {
  const pattern = new RegExp(`(?:^|[^\\p{L}])${word}\\s+((?:\\p{Lu}[\\p{Ll}\\p{M}]*|\\d+)(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]*)*)`, 'u')
  const counts = new Map<string, number>()
  for (const paragraph of paragraphs) {
    const folded = paragraph.text
    const lower = foldForMatch(folded)
    let from = 0
    while (from < lower.length) {
      const at = lower.indexOf(word, from)
      if (at < 0) break
      const match = pattern.exec(folded.slice(Math.max(0, at - 1), at + word.length + 60))
      if (match?.[1]) counts.set(match[1], (counts.get(match[1]) ?? 0) + 1)
      from = at + word.length
    }
  }
  let best: string | null = null
  let bestCount = 0
  for (const [name, count] of counts) if (count > bestCount) [best, bestCount] = [name, count]
  return best
}

function readPlaceAndDate(header: readonly Paragraph[]): {place: string | null; issuedOn: string | null} {
  for (const paragraph of header) {
    const text = stripEmphasis(paragraph.text)
    const match = PLACE_DATE.exec(text)
    if (match) return {place: (match[1] ?? '').trim(), issuedOn: toIsoDate(DATE.exec(foldForMatch(text)))}
  }
  return {place: null, issuedOn: null}
}

function readPlanYear(title: string | null, all: readonly string[], date: string | null): number | null {
  const years = (text: string) => [...text.matchAll(YEAR)].map((match) => Number(match[1]))
  if (title) {
    const inTitle = years(foldForMatch(title))
    if (inTitle.length > 0) return Math.max(...inTitle)
  }
  // The first heading about the plan (not an evaluation of the past year) that names a year.
  for (const text of all) {
    if (text.length > 200 || !PLAN_WORDS.test(text) || EVALUATION_WORDS.test(text)) continue
    if (!readMarker(text)) continue
    const found = years(text.replace(/(?:đến|giai đoạn|thời kỳ)\s+năm\s+\d{4}/gu, ''))
    if (found.length > 0) return Math.max(...found)
  }
  return date ? Number(date.slice(0, 4)) + 1 : null
}

/** "Căn cứ Luật A ngày …; Luật B ngày …" -> one entry per instrument. */
function readLegalBases(header: readonly Paragraph[]): string[] {
  const bases: string[] = []
  const instrument = INSTRUMENT_TYPES.join('|')
  const splitAfterDate = new RegExp(`(?<=năm \\d{4}|\\d{4}/[\\p{L}\\d-]+)\\s*(?:;|,)?\\s+(?:và\\s+)?(?=(?:${instrument})\\s)`, 'giu')
  for (const paragraph of header) {
    const text = stripEmphasis(paragraph.text)
    if (!LEGAL_BASIS_START.test(foldForMatch(text))) continue
    for (const part of text.replace(/^căn cứ\s+/iu, '').split(/;\s*/)) {
      for (const piece of part.split(splitAfterDate)) {
        const entry = piece.replace(/^(?:căn cứ|và)\s+/iu, '').replace(/[\s;.,]+$/, '').trim()
        if (entry) bases.push(entry)
      }
    }
  }
  return bases
}

function firstMatch(texts: readonly string[], pattern: RegExp): string | null {
  for (const text of texts) {
    const match = pattern.exec(text)
    if (match?.[1]) return match[1]
  }
  return null
}

function toIsoDate(match: RegExpExecArray | null): string | null {
  if (!match) return null
  const day = Number(match[1])
  const month = Number(match[2])
  const year = Number(match[3])
  if (month < 1 || month > 12 || day < 1 || day > 31) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

function toTitleCase(name: string): string {
  if (name !== name.toUpperCase()) return name
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((word) => capitalise(word))
    .join(' ')
}
