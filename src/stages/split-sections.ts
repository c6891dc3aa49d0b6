/**
 * Section splitter: the heading hierarchy of a document (Phần thứ nhất/hai, Điều N., I./II., 1., 1.1.,
 * a), starred and dashed groups, unnumbered headings ending in a colon), with heading text, level,
 * parent and line range.
 *
 * Nesting is by marker rank, not by position: a section nests under the nearest open section of lower
 * rank, so a document that goes from "Điều 2." straight to "1." or from "2." to "2.1." nests right.
 */
import type {VFile} from 'vfile'
import type {Section, SectionKind} from '../schema.js'
import {CLOSING_PARAGRAPH_STARTS, CLOSING_PARAGRAPHS, GROUP_LEAD, SECTION_TITLE_LINE} from '../vocabulary/headings.js'
import {foldForMatch} from '../vocabulary/orthography.js'
import {type Block, type BlockRoot, endsWithColon, endsWithTerminal, isAllCaps, type Paragraph} from './parse-blocks.js'
import {isWhiteSpaceCode, needsSpaceCollapse} from './white-space.js'
import {type Marker, MARKER_RANK, markerOf} from './read-marker.js'
import {statesFigureBesidesYears} from './plan-period.js'
import {ITEM_END, trimEnd} from './trim.js'

export interface SectionNode {
  readonly section: Section
  readonly marker: Marker | null
  /** Index of the heading block in the tree's children. */
  readonly blockIndex: number
  /** Index one past the section's last block. */
  endIndex: number
  /** Rank used for nesting (marker rank; unnumbered headings sit just below their parent). */
  readonly rank: number
  /** The heading block's text after the marker, emphasis removed (the whole paragraph, not cut). */
  readonly body: string
  readonly children: SectionNode[]
  readonly parent: SectionNode | null
}

export interface Outline {
  readonly sections: Section[]
  readonly nodes: SectionNode[]
  /** For each block, the innermost section it belongs to (null before the first heading or after the closing). */
  readonly sectionOfBlock: ReadonlyArray<SectionNode | null>
  /** Index of the first block of the closing matter (recipients, signature), or the block count. */
  readonly closingIndex: number
}

const HEADING_MAX = 160
const EMPHASIS = /\*+|__|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu

/**
 * Remove markdown emphasis marks and collapse white space. Runs on every paragraph in several stages, so
 * the common cases skip the regexes: no mark at all, or stars but no underscore (every star goes then).
 */
export function stripEmphasis(text: string): string {
  let result = withoutEmphasisMarks(text)
  if (needsSpaceCollapse(result)) result = result.replace(/\s+/g, ' ')
  return result.trim()
}

/** `text` without its emphasis marks (the first step of `stripEmphasis`): most texts hold none. */
function withoutEmphasisMarks(text: string): string {
  if (text.includes('_')) return text.replace(EMPHASIS, '')
  return text.includes('*') ? text.replaceAll('*', '') : text
}

/**
 * The readings of a paragraph's text that several stages ask for, kept on the paragraph like its marker
 * (`markerOf`): they live and die with the document, where a map beside them would keep the paragraphs
 * of earlier documents alive. The text of a paragraph never changes, so they cannot go stale.
 */
interface TextReading {
  /** `stripEmphasis(paragraph.text)`, once asked for. */
  plain: string | undefined
  /** `foldForMatch(plain)`, once asked for. */
  folded: string | undefined
  /** `needsSpaceCollapse(paragraph.text)`, once asked for. */
  collapses: boolean | undefined
}

type ReadParagraph = Paragraph & {textReading?: TextReading}

function textReadingOf(paragraph: Paragraph): TextReading {
  const read = paragraph as ReadParagraph
  let reading = read.textReading
  if (reading === undefined) {
    // every field from the start: one object shape
    reading = {plain: undefined, folded: undefined, collapses: undefined}
    read.textReading = reading
  }
  return reading
}

/** `stripEmphasis(paragraph.text)`, computed once per paragraph for all stages. */
export function plainTextOf(paragraph: Paragraph): string {
  const reading = textReadingOf(paragraph)
  let plain = reading.plain
  if (plain === undefined) plain = reading.plain = stripEmphasisIn(paragraph, paragraph.text)
  return plain
}

/**
 * `needsSpaceCollapse(paragraph.text)`, tested once per paragraph for all stages (the search for two
 * spaces in a row is the dearest of the searches for marks a cleaning removes). A piece of a text that
 * needs no collapse needs none either: the sections stage tests a heading paragraph after its label, the
 * tasks stage the same paragraph whole.
 */
export function needsSpaceCollapseIn(paragraph: Paragraph): boolean {
  const reading = textReadingOf(paragraph)
  let collapses = reading.collapses
  if (collapses === undefined) collapses = reading.collapses = needsSpaceCollapse(paragraph.text)
  return collapses
}

/**
 * `stripEmphasis(piece)` for `piece`, a slice of `paragraph.text` (or all of it): when no emphasis mark
 * goes, the search for white space to collapse is the paragraph's (`needsSpaceCollapseIn`), made once.
 */
export function stripEmphasisIn(paragraph: Paragraph, piece: string): string {
  let result = withoutEmphasisMarks(piece)
  // (A removed mark can leave two spaces in a row: the result is then searched itself.)
  if (result === piece ? needsSpaceCollapseIn(paragraph) && (piece === paragraph.text || needsSpaceCollapse(piece)) : needsSpaceCollapse(result))
    result = result.replace(/\s+/g, ' ')
  return result.trim()
}

/** `foldForMatch(stripEmphasis(paragraph.text))`, computed once per paragraph for all stages. */
export function foldedTextOf(paragraph: Paragraph): string {
  const reading = textReadingOf(paragraph)
  let folded = reading.folded
  if (folded === undefined) folded = reading.folded = foldForMatch(plainTextOf(paragraph))
  return folded
}

/** A section node with its folded heading kept on it (`foldedHeadingOf`). */
type ReadSectionNode = SectionNode & {foldedHeading?: string}

/**
 * `foldForMatch(node.section.heading)`, computed once per section for all stages (the indicator and
 * task extractors test the same headings), kept on the node like a paragraph's readings.
 */
export function foldedHeadingOf(node: SectionNode): string {
  const read = node as ReadSectionNode
  let folded = read.foldedHeading
  if (folded === undefined) folded = read.foldedHeading = foldForMatch(node.section.heading)
  return folded
}

/** The text of a heading: emphasis removed, trailing colon removed. */
export function headingText(text: string): string {
  return withoutTrailingColon(stripEmphasis(text))
}

/**
 * `text.replace(/\s*[:：]\s*$/, '').trim()` read from the end: on a long paragraph the regex is tried
 * at every position.
 */
export function withoutTrailingColon(text: string): string {
  let end = text.length
  while (end > 0 && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--
  if (end === 0) return text.trim()
  const last = text.charCodeAt(end - 1)
  if (last !== 58 /* : */ && last !== 0xff1a /* ： */) return text.trim()
  end--
  while (end > 0 && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--
  return text.slice(0, end).trim()
}

/** First sentence of a paragraph, cut at a word break before `max` characters. */
export function firstSentence(text: string, max = HEADING_MAX): string {
  return firstSentenceOfPlain(stripEmphasis(text), max)
}

/**
 * `firstSentence` of a text already passed through `stripEmphasis`, such as a section body (which
 * `stripEmphasis` would leave as it is: it is idempotent).
 */
export function firstSentenceOfPlain(clean: string, max = HEADING_MAX): string {
  const end = /[.!?](?=\s|$)/.exec(clean)
  let sentence = end ? clean.slice(0, end.index) : clean
  if (sentence.length > max) {
    const cut = sentence.lastIndexOf(' ', max)
    sentence = sentence.slice(0, cut > 0 ? cut : max)
  }
  return trimEnd(sentence, ITEM_END)
}

/**
 * Is a bullet paragraph the heading of a group? "- *Về phát triển kinh tế:*", "* Công nghiệp, tiểu thủ
 * công nghiệp", or a heading that carries its body on the same line: "* Công nghiệp, dịch vụ: Đẩy
 * nhanh …", "- *Về xã hội:* Tập trung …", "- Về quốc phòng: …". A dash bullet with an ordinary lead
 * ("- Cơ cấu kinh tế: nông nghiệp 24%") is an item, not a group.
 */
export function isGroupHeading(bodyText: string, bullet: '*' | '-' | '+' = '-'): boolean {
  return !surelyNoGroupHeading(bodyText) && isGroupHeadingOf(bodyText, stripEmphasis(bodyText), bullet)
}

/**
 * Is `bodyText` surely no group heading, as its ends tell without `stripEmphasis`? A group heading
 * holds a colon, or its cleaned text starts with a capital and ends without . ; ! ? (the cleaned text
 * starts and ends with the first and last characters that are no white space, star or underscore).
 * Most bullet items hold no colon and end with ";" or ".".
 */
function surelyNoGroupHeading(bodyText: string): boolean {
  if (bodyText.includes(':')) return false
  const first = keptIndexFrom(bodyText)
  if (first < 0) return true
  const code = bodyText.charCodeAt(first)
  // A surrogate: the letter may be outside the basic plane, leave it to the full test.
  if (code >= 0xd800 && code <= 0xdfff) return false
  if (!STARTS_UPPER.test(bodyText.charAt(first))) return true
  const last = lastKeptIndex(bodyText)
  return SENTENCE_END.includes(bodyText.charAt(last))
}

const STARTS_UPPER = /^\p{Lu}/u
/** The characters whose end makes a short bullet a sentence, not a group heading. */
const SENTENCE_END = '.;!?'

/** Where the last character that is no white space, star or underscore stands in `text` (-1: nowhere). */
function lastKeptIndex(text: string): number {
  for (let index = text.length - 1; index >= 0; index--) {
    const code = text.charCodeAt(index)
    if (code !== 42 /* * */ && code !== 95 /* _ */ && !isWhiteSpaceCode(code)) return index
  }
  return -1
}

/** `isGroupHeading` with the body's `stripEmphasis` text already at hand. */
function isGroupHeadingOf(bodyText: string, text: string, bullet: '*' | '-' | '+'): boolean {
  if (text.length === 0) return false
  if (text.length <= 120 && /:$/.test(text)) return true
  if (text.length <= 120 && !/[.;!?]$/.test(text) && !/\d/.test(text) && /^\p{Lu}/u.test(text)) return true
  const lead = leadBeforeColon(text, 80)
  if (!lead || /\d/.test(lead) || !/^\p{Lu}/u.test(lead)) return false
  // "* Giáo dục và đào tạo: Nâng cao chất lượng …; công nhận thêm 03 trường …" heads a group; "+ Tỷ lệ hộ
  // nghèo: năm 2025 còn 2,9%, năm 2026 …", a metric and its figures, is an item, unless its lead names a
  // group ("+ Về kinh tế: …").
  if (bullet !== '-' && !statesFigureFirst(text.slice(lead.length + 1))) return true
  return /^[*_]/.test(bodyText.trimStart()) || GROUP_LEAD.test(foldForMatch(lead))
}

/** Does the first clause of `text` (up to ";" or ".") state a figure other than a year? */
function statesFigureFirst(text: string): boolean {
  const clause = /^[^;.]*(?:\.\d[^;.]*)*/.exec(text)?.[0] ?? text
  return statesFigureBesidesYears(clause)
}

export function isClosingParagraph(text: string): boolean {
  return isClosing(text, null)
}

/** `isClosingParagraph(paragraph.text)`, with the paragraph's folded text shared with other stages. */
function isClosingBlock(paragraph: Paragraph): boolean {
  return isClosing(paragraph.text, paragraph)
}

/** `isClosingParagraph(text)`; `paragraph`, when given, is the paragraph whose text it is. */
function isClosing(text: string, paragraph: Paragraph | null): boolean {
  // Closing formulas are at most a few hundred characters; longer paragraphs are running text.
  if (text.length > 600) return false
  // Most paragraphs start otherwise than any formula: no need to look further. The first two characters
  // of the folded text are the first two here but stars and underscores, lower-cased (white space is
  // kept as one space, folding changes no character a formula starts with).
  const first = keptIndexFrom(text)
  if (first < 0) return false
  let second = first + 1
  while (text.charCodeAt(second) === 42 /* * */ || text.charCodeAt(second) === 95 /* _ */) second++
  if (!startsLikeClosing(text, first, second)) return false
  // The formulas are known by their first words, the adoption sentence also by "thông qua".
  const whole = text.length <= 80 || includesPhrase(text, 'thông qua', 'q')
  const head = whole ? text : text.slice(0, 80)
  if (first >= head.length) return false
  const folded = whole && paragraph ? foldedTextOf(paragraph) : foldForMatch(stripEmphasis(head))
  return CLOSING_PARAGRAPHS.some((pattern) => pattern.test(folded))
}

/** The letters (lower case) that `CLOSING_PARAGRAPH_STARTS` start with, by code. */
const CLOSING_INITIALS: ReadonlySet<number> = new Set([...CLOSING_PARAGRAPH_STARTS].map((start) => start.charCodeAt(0)))

/**
 * `CLOSING_PARAGRAPH_STARTS.has((text.charAt(first) + text.charAt(second)).toLowerCase())`, with most texts
 * turned away by the code of their first character: the two-character string is built and lower-cased
 * only when it is a letter a start begins with (A-Z are lowered by hand; of the other code units only
 * the Kelvin sign lowers to one of them, "k").
 */
export function startsLikeClosing(text: string, first: number, second: number): boolean {
  const code = text.charCodeAt(first)
  const lower = code >= 65 && code <= 90 ? code + 32 : code === 0x212a ? 0x6b : code
  if (!CLOSING_INITIALS.has(lower)) return false
  return CLOSING_PARAGRAPH_STARTS.has((text.charAt(first) + text.charAt(second)).toLowerCase())
}

/**
 * The first character of `stripEmphasis(text)`: the first one that is no white space, star or
 * underscore (stars go everywhere, an underscore after spaces and marks too). Null when none is left.
 */
export function firstKeptCharacter(text: string): string | null {
  const index = keptIndexFrom(text)
  return index < 0 ? null : text.charAt(index)
}

/**
 * Where the first character from `from` on stands that `stripEmphasis` keeps at the start: no white
 * space, star or underscore (-1: none). From 0, where `firstKeptCharacter` stands.
 */
export function keptIndexFrom(text: string, from = 0): number {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code !== 42 /* * */ && code !== 95 /* _ */ && !isWhiteSpaceCode(code)) return index
  }
  return -1
}

/**
 * `text.includes(phrase)`, found by a search for one of its characters (`pivot`, a rare one): a search
 * for a single character is much faster than for a phrase.
 */
export function includesPhrase(text: string, phrase: string, pivot: string): boolean {
  const offset = phrase.indexOf(pivot)
  for (let at = text.indexOf(pivot, offset); at >= 0; at = text.indexOf(pivot, at + 1)) {
    if (text.startsWith(phrase, at - offset)) return true
  }
  return false
}

export function splitSections(root: BlockRoot, file: VFile): Outline {
  void file
  const blocks = root.children
  const nodes: SectionNode[] = []
  const sectionOfBlock: Array<SectionNode | null> = new Array(blocks.length).fill(null)
  const stack: SectionNode[] = []
  let closingIndex = blocks.length
  let skipNext = false
  /** The number of the last numbered item ("(3)", or "4." read as an item) directly in each section. */
  const lastItem = new Map<SectionNode, number>()
  /** Sections under which an arabic list numbered again from "1." (see `restartedRank`): its last number. */
  const restarted = new Map<SectionNode, number>()
  /** The rank of the capital-letter list open or last opened ("A.", "B." …: see `capitalListRank`). */
  let capitalRank: number | undefined
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as Block
    if (skipNext) {
      skipNext = false
      sectionOfBlock[index] = stack.at(-1) ?? null
      continue
    }
    if (block.type !== 'paragraph') {
      sectionOfBlock[index] = stack.at(-1) ?? null
      continue
    }
    // The marker first: every paragraph then gains its readings in the same order (one object shape).
    markerOf(block)
    if (isClosingBlock(block)) {
      if (closingIndex === blocks.length) closingIndex = index
      closeUntil(stack, -1, index)
      continue
    }
    // Lines in capitals or bold are headings only in the body: the header is full of them (issuer, title).
    const opening = readHeading(block, stack.at(-1) ?? null, nodes.length > 0 && closingIndex === blocks.length)
    const current = stack.at(-1) ?? null
    if (!opening || (current && continuesItemCount(opening.marker, current, stack, lastItem))) {
      // Not a heading: running text, or an item ("(1) … (3) …" then "4. …" goes on counting the items).
      const item = markerOf(block)
      if (current && item && (item.kind === 'paren' || item.kind === 'arabic')) lastItem.set(current, labelNumber(item.label))
      sectionOfBlock[index] = current
      continue
    }
    let {heading} = opening
    const {marker, kind, body} = opening
    let rank = restartedRank(marker, body, stack, restarted, blocks, index) ?? opening.rank
    if (marker?.kind === 'capital') {
      // "A." decides where its list stands; "B.", "C." … stand where it stood.
      if (marker.label === 'A' || capitalRank === undefined) capitalRank = capitalListRank(stack)
      rank = capitalRank
    }
    // "Phần thứ nhất" on its own, with the part's title in capitals on the next paragraph.
    if ((marker?.kind === 'part' || marker?.kind === 'annex') && stripEmphasis(body) === '') {
      const next = blocks[index + 1]
      if (next?.type === 'paragraph' && next.text.length <= 300 && (isAllCaps(next.text) || (marker.kind === 'annex' && isEmphasised(next.text)))) {
        heading = stripEmphasis(next.text)
        skipNext = true
      } else heading = marker.label
    }
    if (marker?.kind === 'annex') closingIndex = Math.min(closingIndex, index)
    closeUntil(stack, rank, index)
    const parent = stack.at(-1) ?? null
    const section: Section = {
      id: `sec-${nodes.length + 1}`,
      label: marker ? marker.label : null,
      heading,
      level: stack.length,
      kind,
      parentId: parent ? parent.section.id : null,
      line: block.position.start.line,
      endLine: block.position.end.line
    }
    const node: SectionNode = {section, marker, blockIndex: index, endIndex: index + 1, rank, body, children: [], parent}
    parent?.children.push(node)
    nodes.push(node)
    stack.push(node)
    sectionOfBlock[index] = node
  }
  closeUntil(stack, -1, blocks.length)
  // Line ranges: from the heading to the last line of the last block inside.
  for (const node of nodes) {
    const last = blocks[node.endIndex - 1]
    const endLine = last ? last.position.end.line : node.section.line
    ;(node.section as {endLine: number}).endLine = Math.max(node.section.line, endLine)
  }
  return {sections: nodes.map((node) => node.section), nodes, sectionOfBlock, closingIndex}
}

/** A paragraph set wholly in bold or italics ("**Đánh giá kết quả …**"): an annex's title. */
function isEmphasised(text: string): boolean {
  return /^\*+[^*]/.test(text) && /[^*]\*+$/.test(text)
}

/**
 * Does an arabic marker "N." continue the count of the items in the current section, rather than open
 * the next section? Yes when the last item there was N-1 and the enclosing numbered section is not N-1
 * itself ("2. Các chỉ tiêu" / "(1)" "(2)" "(3)" / "4. …": item 4; but "3. Nhiệm vụ" after "(2)" under "2."
 * is the next section).
 */
function continuesItemCount(marker: Marker | null, current: SectionNode, stack: readonly SectionNode[], lastItem: ReadonlyMap<SectionNode, number>): boolean {
  if (marker?.kind !== 'arabic') return false
  const number = labelNumber(marker.label)
  if (lastItem.get(current) !== number - 1) return false
  const enclosing = [...stack].reverse().find((node) => node.marker?.kind === 'arabic')
  return !enclosing || labelNumber(enclosing.marker?.label ?? '') !== number - 1
}

/**
 * A list numbered again from "1." right under a numbered section ("2. Các chỉ tiêu chủ yếu" / "1. Giá trị
 * sản xuất tăng 11%." / "2. …", or under "2.1. Về kinh tế"): its items nest under the section (at `rank`),
 * though their markers rank alike or higher. The list goes on while its numbers follow on, but for a line
 * that reads as a heading and takes the next number of an arabic section open above it ("3. Nhiệm vụ và
 * giải pháp chủ yếu"), which is that section's next sibling. Null: not such an item. `restarted` keeps,
 * for each section a list restarted under, its last number.
 */
function restartedRank(
  marker: Marker | null,
  body: string,
  stack: readonly SectionNode[],
  restarted: Map<SectionNode, number>,
  blocks: readonly Block[],
  index: number
): number | null {
  if (marker?.kind !== 'arabic') return null
  const number = labelNumber(marker.label)
  // The next item of a list restarted above: its numbers follow on.
  let outer: SectionNode | undefined
  for (let at = stack.length - 1; at >= 0 && outer === undefined; at--) if (restarted.has(stack[at] as SectionNode)) outer = stack[at]
  if (outer !== undefined && restarted.get(outer) === number - 1) {
    if (readsAsHeading(body) && takesNextNumberAbove(number, outer)) return null
    restarted.set(outer, number)
    return outer.rank + 0.5
  }
  // The first item: "1." right under the heading of a numbered section (or of the lead under it that ends
  // with a colon, which then holds the list), on a line that reads as an item, not as a heading ("2. Các chỉ tiêu" / "1. Về kinh tế" is left
  // alone; so is a "1." after the section's own text). Or the number after the last item of the list
  // restarted under the section before ("2.1. Về kinh tế" / "1." … "10." / "2.2. Về xã hội" / "11." …).
  const current = stack.at(-1)
  if (!current || restarted.has(current) || !(isNumbered(current) || isLeadUnderNumbered(current) || isLetterGroupHeading(current)) || readsAsHeading(body)) return null
  const before = previousSibling(current)
  if (number !== 1 && (before === undefined || restarted.get(before) !== number - 1)) return null
  for (let at = current.blockIndex + 1; at < index; at++) {
    const block = blocks[at]
    if (block?.type !== 'paragraph' || !endsWithColon(block.text)) return null
  }
  restarted.set(current, number)
  return current.rank + 0.5
}

/**
 * Where a list of capital letters stands. "A. TÌNH HÌNH NĂM 2024" / "I. …" / "B. KẾ HOẠCH NĂM 2025" /
 * "I. …": parts above the roman numerals (their marker's rank). But a list that starts inside a roman
 * section ("II. CÁC CHỈ TIÊU CHỦ YẾU" / "A. CHỈ TIÊU KINH TẾ" / "1. …" / "B. CHỈ TIÊU XÃ HỘI" / … /
 * "III. NHIỆM VỤ") groups that section's items: just below it, so that the next roman numeral closes it.
 */
function capitalListRank(stack: readonly SectionNode[]): number {
  const roman = stack.findLast((node) => node.marker?.kind === 'roman')
  return roman ? roman.rank + 0.5 : MARKER_RANK.capital
}

/** The section before `node` under the same parent, if any. */
function previousSibling(node: SectionNode): SectionNode | undefined {
  const siblings = node.parent?.children ?? []
  return siblings[siblings.indexOf(node) - 1]
}

/** Kinds of the numbered sections a list can restart under. */
const NUMBERED_KINDS: ReadonlySet<string> = new Set(['arabic', 'arabic2', 'arabic3'])

function isNumbered(node: SectionNode): boolean {
  return NUMBERED_KINDS.has(node.marker?.kind ?? '')
}

/**
 * A group heading lettered "a)" that ends with a colon ("a) Về kinh tế:" / "1. …" … "5. …" / "b) Về văn hóa
 * - xã hội:" / "6. …"): the arabic items after it are its own, though their markers rank higher.
 */
function isLetterGroupHeading(node: SectionNode): boolean {
  return node.marker?.kind === 'letter' && endsWithColon(node.body) && !statesFigureBesidesYears(node.body)
}

/** An unnumbered lead that ends with a colon ("Phấn đấu đạt các chỉ tiêu sau:") right under a numbered section. */
function isLeadUnderNumbered(node: SectionNode): boolean {
  return node.marker === null && endsWithColon(node.body) && node.parent !== null && isNumbered(node.parent)
}

/** Is `number` the next of an arabic section open at `outer` or above it (not an item of the restarted list)? */
function takesNextNumberAbove(number: number, outer: SectionNode): boolean {
  for (let node: SectionNode | null = outer; node; node = node.parent) {
    if (node.marker?.kind === 'arabic' && labelNumber(node.marker.label) + 1 === number) return true
  }
  return false
}

/**
 * A heading's line, not an item's: no closing punctuation, no figure but years ("… năm 2025"), and one
 * phrase, not sentences ("4. Huy động … kết cấu hạ tầng. Đẩy nhanh … Cần Thơ - Cà", cut by a wrap before
 * a name, is an item).
 */
function readsAsHeading(body: string): boolean {
  return !endsWithTerminal(body) && !statesFigureBesidesYears(body) && !SENTENCE_BREAK.test(body)
}

/** The end of a sentence inside a text: ". ", "; ", "! ", "? " before more of it. */
const SENTENCE_BREAK = /[.;!?]\s+\S/


function labelNumber(label: string): number {
  return Number(/\d+/.exec(label)?.[0] ?? Number.NaN)
}

function closeUntil(stack: SectionNode[], rank: number, index: number): void {
  while (stack.length > 0 && (stack.at(-1) as SectionNode).rank >= rank) {
    const node = stack.pop() as SectionNode
    node.endIndex = index
  }
}

interface Opening {
  readonly marker: Marker | null
  readonly kind: SectionKind
  readonly rank: number
  readonly heading: string
  readonly body: string
}

const KIND_OF_MARKER: Readonly<Record<string, SectionKind>> = {
  part: 'part',
  annex: 'part',
  article: 'article',
  capital: 'heading',
  roman: 'heading',
  arabic: 'item',
  arabic2: 'item',
  arabic3: 'item',
  ordinal: 'item',
  letter: 'item',
  arabicParen: 'item',
  star: 'group',
  dash: 'group',
  plus: 'group'
}

function readHeading(paragraph: Paragraph, current: SectionNode | null, inBody: boolean): Opening | null {
  const text = paragraph.text
  const marker = markerOf(paragraph)
  if (marker) {
    if (marker.kind === 'paren') return null
    const body = text.slice(marker.length)
    const bullet = marker.kind === 'star' || marker.kind === 'dash' || marker.kind === 'plus'
    // Most bullet items are no group heading, which their ends tell before the whole body is cleaned.
    if (bullet && surelyNoGroupHeading(body)) return null
    const clean = stripEmphasisIn(paragraph, body)
    if (bullet && !isGroupHeadingOf(body, clean, marker.label as '*' | '-' | '+')) return null
    const heading = headingOf(clean) || marker.label
    return {marker, kind: KIND_OF_MARKER[marker.kind] ?? 'item', rank: marker.rank, heading, body: clean}
  }
  // An unnumbered heading that introduces what follows: "Một số chỉ tiêu chủ yếu:".
  if (text.length > 140) return null
  const clean = plainTextOf(paragraph)
  // "Một số chỉ tiêu chủ yếu:", "CÁC CHỈ TIÊU CHỦ YẾU", "**Về phát triển kinh tế**": a short line that
  // ends with a colon, is written in capitals, or is wholly bold/italic, and is no sentence.
  const headingLike = /:$/.test(clean) || (inBody && (isAllCaps(clean) || isEmphasised(text.trim())))
  if (clean.length <= 100 && headingLike && /^\p{Lu}/u.test(clean) && !/[;.]/.test(clean)) {
    // Below the open section; beside the previous unnumbered heading ("**Về kinh tế:**", "**Về xã hội:**"),
    // but a lead goes below a title line ("Nhiệm vụ và giải pháp" / "Để thực hiện …, cần tập trung:").
    // Numbered items that are sentences ("7) Chỉ số PCI tăng 2 bậc.") hold no heading: it goes beside or
    // below the section they are in ("*Về kinh tế*" / "1) …" … "7) …" / "*Về xã hội*").
    let anchor = current
    while (anchor !== null && anchor.marker !== null && endsWithTerminal(anchor.body) && !endsWithColon(anchor.body)) anchor = anchor.parent
    const beside = anchor !== null && anchor.marker === null && !(clean.endsWith(':') && isTitleLine(anchor))
    const rank = anchor ? (beside ? anchor.rank : anchor.rank + 0.5) : 0.5
    return {marker: null, kind: 'heading', rank, heading: headingText(clean), body: clean}
  }
  // "Nhiệm vụ và giải pháp" on a line of its own, its bold lost: a title the vocabulary knows.
  if (inBody && clean.length <= TITLE_LINE_MAX && /^\p{Lu}/u.test(clean) && !/[.;:!?]$/.test(clean) && SECTION_TITLE_LINE.test(foldedTextOf(paragraph))) {
    const rank = current ? (current.marker === null ? current.rank : current.rank + 0.5) : 0.5
    return {marker: null, kind: 'heading', rank, heading: clean, body: clean}
  }
  return null
}

/** An unnumbered section opened by a title line (see `readHeading`): no colon, a title the vocabulary knows. */
function isTitleLine(node: SectionNode): boolean {
  return node.marker === null && !endsWithColon(node.body) && node.body.length <= TITLE_LINE_MAX && SECTION_TITLE_LINE.test(foldedHeadingOf(node))
}

/** The longest title `SECTION_TITLE_LINE` matches is about this long. */
const TITLE_LINE_MAX = 60

/**
 * The text before a first colon at most `max` characters in, when something follows the colon:
 * `new RegExp(`^([^:]{2,${max}}):\\s*\\S`, 'u').exec(text)?.[1]`, with a fast search for the colon first.
 */
export function leadBeforeColon(text: string, max: number): string | undefined {
  const colon = text.indexOf(':')
  if (colon < 2 || colon > 2 * max) return undefined
  // The regex counts code points: a character outside the basic plane takes two code units.
  if (colon < 4 || colon > max) {
    const length = codePointCount(text, colon, max + 1)
    if (length < 2 || length > max) return undefined
  }
  // After the colon: white space, then something else.
  let index = colon + 1
  while (index < text.length && isWhiteSpaceCode(text.charCodeAt(index))) index++
  return index < text.length ? text.slice(0, colon) : undefined
}

/** Code points in the first `end` code units of `text`, counted up to `limit`. */
function codePointCount(text: string, end: number, limit: number): number {
  let count = 0
  for (let index = 0; index < end && count < limit; index++, count++) {
    const code = text.charCodeAt(index)
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < end) {
      const next = text.charCodeAt(index + 1)
      if (next >= 0xdc00 && next <= 0xdfff) index++
    }
  }
  return count
}

/** A section's heading: the whole heading line when short, else its first sentence (`clean`: the body's `stripEmphasis`). */
function headingOf(clean: string): string {
  // "Chỉ tiêu về kinh tế: Thu ngân sách đạt 100%…": the lead before the colon names the section.
  const lead = leadBeforeColon(clean, 120)
  if (lead) return headingText(lead)
  const heading = withoutTrailingColon(clean)
  if (heading.length <= HEADING_MAX && !/[.!?](?=\s)/.test(heading)) return heading.replace(/[.;]$/, '')
  return firstSentenceOfPlain(clean)
}
