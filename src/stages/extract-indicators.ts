/**
 * Numbered-indicator extractor: the items of the plan year's list of main targets (chỉ tiêu).
 *
 * Finds the sections whose heading announces the targets ("Các chỉ tiêu chủ yếu", "Một số chỉ tiêu
 * chủ yếu:", "Chỉ tiêu về …"), then reads their items in every layout the genre uses: one "(n)" per
 * line (behind "- " or not), "-"/"+" bullets, "1."/"a)" items, inline "(1) …; (2) …" sequences inside
 * one paragraph, group headings ("2.1. Về kinh tế") and group headings that carry the target themselves
 * ("2.1. *Chỉ tiêu về kinh tế:* Thu ngân sách đạt 100%…"), and tables of indicators.
 */
import type {VFile} from 'vfile'
import {report} from '../diagnostics.js'
import type {Indicator} from '../schema.js'
import {GROUP_LEAD, INDICATOR_HEADING, NOT_INDICATOR_HEADING, TARGETS_WORD} from '../vocabulary/headings.js'
import {anyCaseOf, foldForMatch} from '../vocabulary/orthography.js'
import {cleanItemText} from './clean-text.js'
import {type BlockRoot, endsWithColon, endsWithTerminal, locate, type Paragraph, type TableRow} from './parse-blocks.js'
import {parseTargets} from './parse-targets.js'
import {namesOtherPeriod, withoutPastYearFigures} from './plan-period.js'
import {markerOf} from './read-marker.js'
import {type Columns, cleanCell, continuesHeader, isColumnNumberRow, readHeader, readRole} from './read-table.js'
import {type Outline, type SectionNode, foldedHeadingOf, headingText, stripEmphasis} from './split-sections.js'
import {isWhiteSpaceCode} from './white-space.js'

/** "chỉ tiêu" within the first six words of a heading (tested only on headings that hold the word). */
const LIST_HEADING_LEAD = new RegExp(`^(?:[^\\s]+\\s+){0,5}${TARGETS_WORD}(?![\\p{L}])`, 'u')

interface RawItem {
  readonly label: string | null
  readonly group: string | null
  readonly sectionId: string | null
  readonly line: number
  readonly text: string
  /** Where the figures are, when not in the text (a table row: the plan cell and the unit cell). */
  readonly figures?: string
  /** Its block holds no character a footnote marker starts with (see `Paragraph.markerFree`). */
  readonly markerFree: boolean
}

export function extractIndicators(root: BlockRoot, outline: Outline, planYear: number | null, file: VFile): Indicator[] {
  const lists = findIndicatorSections(outline, planYear)
  const items: RawItem[] = []
  // An annex's table of "chỉ tiêu chủ yếu" (plan against actual, and next year's plan) restates the
  // body's list, and its rows are annex rows: it is read only where the body lists none ("2. Các chỉ
  // tiêu chủ yếu: … tại Phụ lục kèm theo Nghị quyết này").
  const inBody = lists.filter((list) => !isInAnnex(list))
  for (const list of inBody) readList(root, outline, list, items, planYear)
  readLeadParagraphs(root, outline, lists, items, planYear)
  if (items.length === 0) for (const list of lists) if (isInAnnex(list)) readList(root, outline, list, items, planYear)
  if (lists.length > 0 && items.length === 0)
    report(file, 'indicators-empty-list', `the targets section "${lists[0]?.section.heading}" has no items this tool can read`, {
      line: lists[0]?.section.line
    })
  const indicators: Indicator[] = []
  for (const [index, item] of items.entries()) {
    const {text, footnotes} = cleanItemText(item.text, root.data.bracketLabels, item.markerFree)
    const targets =
      item.figures === undefined
        ? withoutPastYearFigures(text, parseTargets(text), planYear)
        : parseTargets(item.figures).map((target) => ({...target, metric: target.metric ?? text}))
    indicators.push({
      id: `ind-${index + 1}`,
      label: item.label,
      group: item.group,
      sectionId: item.sectionId,
      line: item.line,
      text,
      targets,
      footnotes
    })
  }
  return indicators
}

/**
 * A paragraph outside any list that announces the targets in its lead and lists them inline:
 * "Các chỉ tiêu chủ yếu: (1) Tổng sản phẩm tăng 7%; (2) …".
 */
function readLeadParagraphs(root: BlockRoot, outline: Outline, lists: readonly SectionNode[], items: RawItem[], planYear: number | null): void {
  const blocks = root.children
  const end = Math.min(blocks.length, outline.closingIndex)
  for (let index = 0; index < end; index++) {
    const block = blocks[index]
    if (block?.type !== 'paragraph') continue
    const colon = leadColon(block.text)
    if (colon < 0 || isInAnyList(lists, index) || markerOf(block)) continue
    // a lead without "ỉ" in some case holds no "chỉ tiêu", even once its emphasis is stripped
    const raw = block.text.slice(0, colon)
    if (!holdsTargetsWordMark(raw)) continue
    const stripped = stripEmphasis(raw)
    // folding cannot make "chỉ tiêu" of a lead that does not hold it in some letter case
    if (!TARGETS_WORD_ANY_CASE.test(stripped)) continue
    const lead = foldForMatch(stripped)
    if (!lead.includes(TARGETS_WORD) || !PARAGRAPH_LEAD.test(lead) || NOT_INDICATOR_HEADING.test(lead) || EVALUATION.test(lead)) continue
    const owner = outline.sectionOfBlock[index]
    if (owner && isInPast(owner, planYear)) continue
    const from = firstNonSpace(block.text, colon + 1)
    const inline = splitInline(block.text, from)
    const found = inline.length > 0 ? inline : splitClauses(block.text, from)
    for (const item of found) items.push(makeItem(block, item.offset, item.label, item.text, null, owner ?? null))
    if (inline.length > 0) index = readContinuedSequence(blocks, index + 1, end, inline.length + 1, owner ?? null, items) - 1
  }
}

/**
 * The paragraphs that go on with an inline sequence after its lead's paragraph ("Các chỉ tiêu chủ yếu:
 * (1) …; (5) …;" / "(6) Tỷ lệ hộ nghèo …; (7) …;" / "(11) …"): each opens with the next number. Returns
 * the index of the first block that does not.
 */
function readContinuedSequence(blocks: BlockRoot['children'], start: number, end: number, first: number, owner: SectionNode | null, items: RawItem[]): number {
  let expected = first
  let index = start
  for (; index < end; index++) {
    const block = blocks[index]
    if (block?.type !== 'paragraph') break
    const sequence = splitInline(block.text, 0, expected)
    if (sequence[0]?.labelAt !== firstNonSpace(block.text, 0)) break
    for (const item of sequence) items.push(makeItem(block, item.offset, item.label, item.text, null, owner))
    expected += sequence.length
  }
  return index
}

/** Is block `index` inside one of the lists? */
function isInAnyList(lists: readonly SectionNode[], index: number): boolean {
  for (const list of lists) if (index >= list.blockIndex && index < list.endIndex) return true
  return false
}

/** Sections that announce the plan's targets; the innermost when a heading and its child both do. */
function findIndicatorSections(outline: Outline, planYear: number | null): SectionNode[] {
  const matches = outline.nodes.filter((node) => isIndicatorHeading(node, planYear))
  // "2.1. Chỉ tiêu về kinh tế" under "2. Các chỉ tiêu chủ yếu" is a group of that list, not a list.
  const lists = matches.filter((node) => !(isGroupHeadingNode(node) && matches.some((other) => isAncestor(other, node))))
  const innermost = lists.filter((node) => !lists.some((other) => other !== node && isAncestor(node, other)))
  // A list for another period ("giai đoạn 2026-2030") beside the plan year's own is not the plan's.
  const ofPlanYear = innermost.filter((node) => !namesOtherPeriod(foldedHeadingOf(node), planYear))
  return ofPlanYear.length > 0 ? ofPlanYear : innermost
}

/** Is the node an annex ("PHỤ LỤC") or inside one? */
function isInAnnex(node: SectionNode): boolean {
  for (let current: SectionNode | null = node; current; current = current.parent) if (current.marker?.kind === 'annex') return true
  return false
}

/**
 * Whether a text may hold "chỉ tiêu" once folded (`anyCaseOf`: the word holds no oa/oe/uy pair): most
 * headings are ruled out without folding them.
 */
const TARGETS_WORD_ANY_CASE = anyCaseOf(TARGETS_WORD)

/**
 * The first letter of "chỉ tiêu" outside ASCII ("ỉ") and its capital: a text that holds neither holds
 * the word in no letter case, and a search for one character is far cheaper than the case-blind regex.
 */
const TARGETS_WORD_MARK = [...TARGETS_WORD].find((char) => char.charCodeAt(0) > 127) ?? ''
const TARGETS_WORD_MARK_UPPER = TARGETS_WORD_MARK.toUpperCase()

function holdsTargetsWordMark(text: string): boolean {
  return text.includes(TARGETS_WORD_MARK) || text.includes(TARGETS_WORD_MARK_UPPER)
}

/** Whether `text` may hold "chỉ tiêu" once folded (`TARGETS_WORD_ANY_CASE`, most texts ruled out by its mark). */
const mayHoldTargetsWord = (text: string): boolean => holdsTargetsWordMark(text) && TARGETS_WORD_ANY_CASE.test(text)

/** For tests: whether `text` may hold "chỉ tiêu" once folded, and the regex test it shortens. */
export const mayHoldTargetsWordForTest = (text: string): boolean => mayHoldTargetsWord(text)
export const targetsWordRegexForTest = (text: string): boolean => TARGETS_WORD_ANY_CASE.test(text)

function isIndicatorHeading(node: SectionNode, planYear: number | null): boolean {
  if (!mayHoldTargetsWord(node.section.heading)) return false
  const heading = foldedHeadingOf(node)
  // A heading names the list in its first words and states no figure: "4.1. Hoàn thành 100% chỉ tiêu
  // giao quân" is an item that mentions a target, not the list of targets. (The anchored test comes
  // first: it rejects most headings at once, and what it accepts names the targets anyway.)
  if (heading.includes('%') || !heading.includes(TARGETS_WORD) || !LIST_HEADING_LEAD.test(heading)) return false
  if (!INDICATOR_HEADING.test(heading) || NOT_INDICATOR_HEADING.test(heading)) return false
  // A list of an earlier year's targets is history, not plan; so is any list inside a section that
  // reports on the past ("1. Kết quả thực hiện các chỉ tiêu", "PHẦN THỨ NHẤT: TÌNH HÌNH … NĂM 2024").
  if (isPast(heading, planYear) || (node.parent && isInPast(node.parent, planYear))) return false
  return node.marker?.kind !== 'paren'
}

/** Is this section, or one around it, about the past (a past year, or results and evaluation)? */
function isInPast(node: SectionNode, planYear: number | null): boolean {
  for (let current: SectionNode | null = node; current; current = current.parent) {
    const text = foldedHeadingOf(current)
    if (isPast(text, planYear) || (EVALUATION.test(text) && !mentionsYearFrom(text, planYear))) return true
  }
  return false
}

/** Headings and leads that report on results rather than set the plan. */
const EVALUATION = /(?:kết quả|đánh giá|tình hình|chưa đạt|không đạt|đạt được)/u
/** The lead of a paragraph that lists the targets names them in its first words: "Các chỉ tiêu chủ yếu:". */
const PARAGRAPH_LEAD = new RegExp(`^(?:\\S+\\s+){0,3}${TARGETS_WORD}(?![\\p{L}])`, 'u')

/** "năm 2024" (folded, or without tone marks): the years a heading names. */
const YEAR_AFTER_WORD = /(?:năm|nam)\s+(\d{4})/g

function yearsIn(heading: string): number[] {
  const years: number[] = []
  YEAR_AFTER_WORD.lastIndex = 0
  for (let found = YEAR_AFTER_WORD.exec(heading); found !== null; found = YEAR_AFTER_WORD.exec(heading)) years.push(Number(found[1]))
  return years
}

/** Every year the heading names is before the plan year. */
function isPast(heading: string, planYear: number | null): boolean {
  const years = yearsIn(heading)
  return planYear !== null && years.length > 0 && Math.max(...years) < planYear
}

function mentionsYearFrom(heading: string, planYear: number | null): boolean {
  return planYear !== null && yearsIn(heading).some((year) => year >= planYear)
}

/** A heading such as "2.1. Chỉ tiêu về kinh tế" or "Về xã hội" names a group of targets. */
function isGroupHeadingNode(node: SectionNode): boolean {
  return GROUP_LEAD.test(foldedHeadingOf(node))
}

function isAncestor(ancestor: SectionNode, node: SectionNode): boolean {
  for (let current = node.parent; current; current = current.parent) if (current === ancestor) return true
  return false
}

function readList(root: BlockRoot, outline: Outline, list: SectionNode, items: RawItem[], planYear: number | null): void {
  const blocks = root.children
  const table: TableState = {columns: null, planColumn: null, header: null, morePlanColumns: [], group: null}
  const heading = blocks[list.blockIndex]
  // A list headed like a group ("a) Các chỉ tiêu kinh tế") with no list above it: its heading is the group.
  const ownGroup = isGroupHeadingNode(list) ? list.section.heading : null
  // The list heading may carry items after its colon: "2. Các chỉ tiêu chủ yếu: (1) …; (2) …".
  if (heading?.type === 'paragraph') readCarriedContent(heading, list, null, items, true)
  const before = items.length
  // Paragraphs of the list and its groups that hold no marker and no inline sequence (see `readUnmarkedItems`).
  const unmarked: UnmarkedParagraph[] = []
  /** The block the last item was read from (or the paragraph that went on it: see `takesTargetOf`). */
  let lastItemBlock = -1
  for (let index = list.blockIndex + 1; index < list.endIndex; index++) {
    const block = blocks[index]
    if (!block) continue
    const owner = outline.sectionOfBlock[index] ?? list
    if (block.type === 'tableRow') {
      // (a table under a group heading, "b) Nhóm chỉ tiêu xã hội" / "| STT | Chỉ tiêu | …", is in that group)
      readTableRow(block, table, planYear, owner, owner === list ? ownGroup : groupName(owner, list), items)
      continue
    }
    if (owner !== list && owner.blockIndex === index) {
      // A child section: a group heading, possibly carrying its own target, or an item numbered "1.".
      readChildSection(block, owner, list, items)
      continue
    }
    const read = items.length
    const group = owner === list ? ownGroup : groupName(owner, list)
    readItemParagraph(block, group, owner, items)
    if (items.length > read) lastItemBlock = index
    else if (!markerOf(block)) {
      if (lastItemBlock === index - 1 && takesTargetOf(items, block)) {
        lastItemBlock = index
        continue
      }
      unmarked.push({paragraph: block, group, owner})
    }
  }
  if (items.length === before) readUnmarkedItems(unmarked, items)
}

interface UnmarkedParagraph {
  readonly paragraph: Paragraph
  readonly group: string | null
  readonly owner: SectionNode
}

/**
 * A list whose items lost their numbers or bullets (a copy from a web page, a list whose numbering was a
 * Word style): with nothing else in it, each paragraph under its heading or its groups' headings that
 * states a figure is an item with no label, when two or more do. A lead that ends with a colon ("Phấn
 * đấu đạt các chỉ tiêu sau:") is none.
 */
function readUnmarkedItems(paragraphs: readonly UnmarkedParagraph[], items: RawItem[]): void {
  const found = paragraphs.filter(({paragraph}) => !endsWithColon(paragraph.text) && parseTargets(paragraph.text).length > 0)
  if (found.length < 2) return
  for (const {paragraph, group, owner} of found) items.push(makeItem(paragraph, 0, null, paragraph.text, group, owner))
}

function readChildSection(block: Paragraph, node: SectionNode, list: SectionNode, items: RawItem[]): void {
  const hasChildren = node.endIndex > node.blockIndex + 1
  const body = node.body
  const colon = leadColon(body)
  if (colon >= 0 && GROUP_LEAD.test(foldForMatch(body.slice(0, colon)))) {
    // "2.1. Chỉ tiêu về kinh tế: Thu ngân sách đạt 100%…": the group heading carries content.
    readCarriedContent(block, node, node.section.heading, items, false)
    return
  }
  // A heading with items under it is a group; without any, it is an item with no figure ("4.2. Kéo
  // giảm tai nạn giao thông"), unless it ends with a colon (an empty group). An item that is a whole
  // sentence with its figures ("10. Tỷ lệ đô thị hóa: điều chỉnh từ 25% lên 27,5%.") stays an item when
  // a paragraph of running text follows it ("Các chỉ tiêu khác … giữ nguyên.").
  const statedItem = node.children.length === 0 && endsWithTerminal(body) && !endsWithColon(body) && /\d/.test(body)
  if ((hasChildren && !statedItem) || (isBareHeading(body) && /:\s*$/.test(body))) return
  // "1. Tổng sản phẩm tăng 7%": a numbered item that the section splitter took for a heading.
  const marker = markerOf(block)
  const group = node.parent && node.parent !== list ? groupName(node.parent, list) : null
  pushInlineOrWhole(block, marker?.length ?? 0, marker?.label ?? null, group, node, items)
}

/** Content after the heading's colon, read as one item (labelled by the heading) or an inline sequence. */
function readCarriedContent(block: Paragraph, node: SectionNode, group: string | null, items: RawItem[], listHeading: boolean): void {
  const marker = markerOf(block)
  const start = marker?.length ?? 0
  const colon = leadColon(block.text.slice(start))
  if (colon < 0) return
  let offset = start + colon + 1
  while (offset < block.text.length && isSpaceOrEmphasis(block.text, offset)) offset++
  if (offset >= block.text.length) return
  const inline = splitInline(block.text, offset)
  if (inline.length > 0) {
    for (const item of inline) items.push(makeItem(block, item.offset, item.label, item.text, group ?? null, node))
    return
  }
  // "2.3. Chỉ tiêu về xây dựng chính quyền: (1) …" alone: its "(2)" opens the next paragraph (a hard wrap
  // put it at the start of a line), or there is none; the item is labelled as written.
  if (readInlineLabel(block.text, offset, offset) === 1) {
    const textAt = afterInlineLabel(block.text, offset)
    items.push(makeItem(block, textAt, '(1)', block.text.slice(textAt), group, node))
    return
  }
  if (listHeading) {
    // "2. Các chỉ tiêu chủ yếu: tốc độ tăng trưởng đạt 7%; thu nhập …; …": one indicator per clause.
    for (const item of splitClauses(block.text, offset)) items.push(makeItem(block, item.offset, null, item.text, group ?? null, node))
    return
  }
  // "- Về kinh tế: tốc độ tăng trưởng đạt 9%; thu ngân sách 520 tỷ đồng; …": a group written as one
  // paragraph, one indicator per clause (two clauses may be one indicator's two figures; three are a list).
  const clauses = splitClauses(block.text, offset)
  if (clauses.length >= LISTED_CLAUSES_MIN) {
    for (const item of clauses) items.push(makeItem(block, item.offset, null, item.text, group, node))
    return
  }
  items.push(makeItem(block, offset, marker?.label ?? null, block.text.slice(offset), group, node))
}

/** The fewest clauses that make a group heading's content a list rather than one indicator. */
const LISTED_CLAUSES_MIN = 3

/**
 * An item that names its metric and no figure, its target in the paragraph under it ("(3) Thu ngân sách
 * nhà nước trên địa bàn" / "Phấn đấu đạt 21.500 tỷ đồng."): the paragraph goes on the item, which then
 * reads both. True when `paragraph` (right after the last item's block) was so taken.
 */
function takesTargetOf(items: RawItem[], paragraph: Paragraph): boolean {
  const last = items.at(-1)
  if (!last || last.figures !== undefined || /\d/.test(last.text) || endsWithTerminal(last.text) || !/\d/.test(paragraph.text)) return false
  items[items.length - 1] = {...last, text: `${last.text} ${paragraph.text}`, markerFree: last.markerFree && paragraph.markerFree === true}
  return true
}

function readItemParagraph(block: Paragraph, group: string | null, owner: SectionNode, items: RawItem[]): void {
  const marker = markerOf(block)
  if (!marker) {
    // An unnumbered paragraph may still hold an inline sequence "(1) …; (2) …".
    const inline = splitInline(block.text, 0)
    for (const item of inline) items.push(makeItem(block, item.offset, item.label, item.text, group, owner))
    return
  }
  if (marker.kind === 'part' || marker.kind === 'article' || marker.kind === 'annex' || marker.kind === 'roman' || marker.kind === 'capital') return
  pushInlineOrWhole(block, marker.length, marker.label, group, owner, items)
}

function pushInlineOrWhole(block: Paragraph, start: number, label: string | null, group: string | null, owner: SectionNode, items: RawItem[]): void {
  // "(1) …; (2) …" after the marker: the sequence continues the paragraph's own label "(n)". (Not only
  // "(1)": a hard-wrapped "…; (2) …;" / "(3) …; (4) …" puts a later label at the start of a line.)
  const number = label === null ? -1 : inlineLabelNumber(label)
  if (number > 0) {
    const rest = splitInline(block.text, start, number + 1)
    if (rest.length > 0) {
      // (the paragraph's own item ends where the next label starts)
      const first = rest[0]?.labelAt ?? block.text.length
      items.push(makeItem(block, start, label, block.text.slice(start, first), group, owner))
      for (const item of rest) items.push(makeItem(block, item.offset, item.label, item.text, group, owner))
      return
    }
  }
  items.push(makeItem(block, start, label, block.text.slice(start), group, owner))
}

/** "(3) ", "(12)": an inline label and the spaces after it. */
const INLINE_LABEL = /^\((\d{1,2})\)\s*/

/** Where the text after the inline label at `index` (and the spaces after it) starts. */
function afterInlineLabel(text: string, index: number): number {
  const match = INLINE_LABEL.exec(text.slice(index, index + 8))
  return index + (match?.[0].length ?? 0)
}

/** The number of a whole label "(n)" as markers give it ("(3)" -> 3), or -1. */
function inlineLabelNumber(label: string): number {
  const match = /^\((\d{1,2})\)$/.exec(label)
  return match ? Number(match[1]) : -1
}

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57

/**
 * The number of the inline label "(n)" at `index` (a "("), when it stands where a label may: at `from`,
 * or after a space or a ";", ":", ".", ",", "*" (the two characters before it, from `from` on); else -1.
 */
function readInlineLabel(text: string, from: number, index: number): number {
  const match = INLINE_LABEL.exec(text.slice(index, index + 8))
  if (!match) return -1
  if (index !== from && !/[\s;:.,*]$/.test(text.slice(Math.max(from, index - 2), index))) return -1
  return Number(match[1])
}

interface InlineItem {
  readonly label: string
  /** Where the label "(n)" starts. */
  readonly labelAt: number
  /** Where the item's text starts, after the label. */
  readonly offset: number
  readonly text: string
}

/**
 * Split "(1) … (2) … (3) …" from `from` on, when the numbers run in sequence from `first`.
 * Returns nothing unless at least two items are found (or the sequence continues an item "(n)": `first` > 1).
 */
function splitInline(text: string, from: number, first = 1): InlineItem[] {
  // A sequence from "(1)" must open the text: the first "(1)" found is the one there, if any (only
  // spaces, "*" and "_" come before it), so most texts are ruled out by a look at that place.
  const opening = firstNonSpace(text, from)
  if (first === 1 && (text.charCodeAt(opening) !== 40 || readInlineLabel(text, from, opening) !== 1)) return []
  const starts: Array<{label: string; at: number; textAt: number}> = []
  let expected = first
  let index = text.indexOf('(', from)
  while (index >= 0) {
    // "(" and a digit: the only places where a label may start
    if (isDigitCode(text.charCodeAt(index + 1)) && readInlineLabel(text, from, index) === expected) {
      starts.push({label: `(${expected})`, at: index, textAt: afterInlineLabel(text, index)})
      expected++
    }
    index = text.indexOf('(', index + 1)
  }
  if (starts.length === 0 || (first === 1 && starts.length < 2) || (first === 1 && (starts[0]?.at ?? 0) !== opening)) return []
  return starts.map((start, position) => ({
    label: start.label,
    labelAt: start.at,
    offset: start.textAt,
    text: text.slice(start.textAt, starts[position + 1]?.at ?? text.length)
  }))
}

interface Clause {
  readonly label: null
  readonly offset: number
  readonly text: string
}

/**
 * An unnumbered list written as one sentence, clauses separated by ";" (not inside parentheses).
 * Only when there are at least two clauses and most of them state a figure: a lead such as
 * "Có 20 chỉ tiêu, cụ thể như sau" is not a list.
 */
function splitClauses(text: string, from: number): Clause[] {
  const clauses: Clause[] = []
  let depth = 0
  let start = from
  for (let index = from; index <= text.length; index++) {
    const char = text.charAt(index)
    if (char === '(') depth++
    else if (char === ')') depth = Math.max(0, depth - 1)
    if (index < text.length && (char !== ';' || depth > 0)) continue
    const piece = text.slice(start, index)
    if (piece.trim()) clauses.push({label: null, offset: start + (piece.length - piece.trimStart().length), text: piece})
    start = index + 1
  }
  const withFigures = clauses.filter((clause) => /\d/.test(clause.text)).length
  return clauses.length >= 2 && withFigures * 2 > clauses.length ? clauses : []
}

/** Is the character at `index` white space, "*" or "_" (what /[\s*_]/ matches)? */
function isSpaceOrEmphasis(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code === 42 || code === 95 || isWhiteSpaceCode(code)
}

function firstNonSpace(text: string, from: number): number {
  let index = from
  while (index < text.length && isSpaceOrEmphasis(text, index)) index++
  return index
}

function makeItem(block: Paragraph, offset: number, label: string | null, text: string, group: string | null, owner: SectionNode | null): RawItem {
  const line = locate(block, firstNonSpace(block.text, offset)).line
  return {label, group, sectionId: owner ? owner.section.id : null, line, text, markerFree: block.markerFree === true}
}

/** The name of the group an item sits in: the heading of the child section between it and the list. */
function groupName(node: SectionNode, list: SectionNode): string | null {
  let current: SectionNode | null = node
  while (current && current.parent !== list) current = current.parent
  if (!current) return null
  // A lead that announces the list ("Phấn đấu thực hiện đạt và vượt 11 chỉ tiêu chủ yếu như sau:") names no group.
  if (current.marker === null && isListLead(current)) return null
  const colon = leadColon(current.body)
  return colon >= 0 ? headingText(current.body.slice(0, colon)) : current.section.heading
}

/** An unnumbered section whose heading speaks of the targets ("chỉ tiêu") but names no group of them. */
function isListLead(node: SectionNode): boolean {
  const heading = foldedHeadingOf(node)
  return heading.includes(TARGETS_WORD) && !GROUP_LEAD.test(heading)
}

/** Position of the colon that ends a heading's lead ("Chỉ tiêu về kinh tế:"), or -1. */
function leadColon(body: string): number {
  // only the first 121 characters can hold it: a long paragraph without one is not searched to its end
  return body.length > 121 ? body.slice(0, 121).indexOf(':') : body.indexOf(':')
}

/** A heading with no content of its own ("Về kinh tế", "Chỉ tiêu xã hội:"). */
function isBareHeading(body: string): boolean {
  const text = stripEmphasis(body).replace(/:$/, '')
  return text.length <= 80 && !/\d/.test(text)
}

interface TableState {
  columns: Columns | null
  /** The column holding the plan year's figure. */
  planColumn: number | null
  /** The header row's cells, until a row of data comes (a second header row is read against them). */
  header: readonly string[] | null
  /** Columns that split the plan header with it ("Kế hoạch 2024" over "Giao | Phấn đấu"): more targets. */
  morePlanColumns: number[]
  /** The name of the last group row ("I | Chỉ tiêu kinh tế"). */
  group: string | null
}

/**
 * A row of a table of indicators: the header row says which column holds the name, the unit and the
 * plan figure (the plan column naming the plan year wins); a row with a name and no figure is a group.
 * Rows before any such group row are in `sectionGroup`, the group of the section the table sits in.
 */
function readTableRow(row: TableRow, table: TableState, planYear: number | null, owner: SectionNode, sectionGroup: string | null, items: RawItem[]): void {
  const cells = row.cells.map(cleanCell)
  const header = readHeader(cells)
  if (header) {
    table.columns = header
    table.planColumn = choosePlanColumn(cells, header, planYear)
    table.header = cells
    table.morePlanColumns = []
    table.group = null
    return
  }
  const {columns, planColumn} = table
  if (!columns || columns.name === undefined) return
  const name = cells[columns.name] ?? ''
  const label = columns.label === undefined ? null : cells[columns.label] || null
  const figure = planColumn === null ? '' : (cells[planColumn] ?? '')
  // "| (1) | (2) | (3) |" or "| A | B | 1 | 2 |" under the header numbers the columns.
  if (table.header !== null && isColumnNumberRow(cells)) return
  if (table.header !== null && continuesHeader(cells, columns)) {
    table.morePlanColumns = planColumn === null ? [] : splitPlanColumns(table.header, cells, planColumn)
    table.header = null
    return
  }
  table.header = null
  if (!name) return
  if (!figure) {
    table.group = headingText(name)
    return
  }
  // The row's text is its name; its figures are the plan cell read with the unit column.
  const unit = columns.unit === undefined ? '' : (cells[columns.unit] ?? '')
  let figures = unit === '' || figure.includes(unit) ? figure : withUnit(figure, unit)
  for (const column of table.morePlanColumns) {
    const more = cells[column] ?? ''
    if (more !== '') figures += `; ${unit === '' || more.includes(unit) ? more : withUnit(more, unit)}`
  }
  items.push({label, group: table.group ?? sectionGroup, sectionId: owner.section.id, line: row.line, text: name, figures, markerFree: row.markerFree === true})
}

/**
 * The columns after the plan column that a second header row shows to split the plan header with it:
 * "| Kế hoạch 2024 | |" over "| Giao | Phấn đấu |" (the figure assigned and the one strived for, each
 * a target). They stand under the empty cells that follow the plan header, and name no outturn or
 * assessment ("| Năm 2024 | |" over "| Kế hoạch | Ước thực hiện |" has one plan column).
 */
function splitPlanColumns(header: readonly string[], cells: readonly string[], planColumn: number): number[] {
  const columns: number[] = []
  if (!cells[planColumn]) return columns
  for (let column = planColumn + 1; column < cells.length && (header[column] ?? '') === ''; column++) {
    const cell = cells[column] ?? ''
    const role = cell === '' ? null : readRole(cell)
    if (cell !== '' && (role === null || role === 'plan')) columns.push(column)
  }
  return columns
}

function choosePlanColumn(cells: readonly string[], columns: Columns, planYear: number | null): number | null {
  if (planYear !== null) {
    const year = String(planYear)
    const index = cells.findIndex((cell, position) => position !== columns.name && cell.includes(year) && !/(?:ước|thực hiện)/iu.test(cell))
    if (index >= 0) return index
  }
  return columns.plan ?? null
}

/** Put the unit column's unit right after the last number of a plan cell: "Từ 95 trở lên" + "%" -> "Từ 95 % trở lên". */
function withUnit(figure: string, unit: string): string {
  const last = /\d[\d.,]*(?!.*\d)/su.exec(figure)
  if (!last) return `${figure} ${unit}`
  const end = last.index + last[0].length
  return `${figure.slice(0, end)} ${unit}${figure.slice(end)}`
}

/** For tests: the inline items `splitInline` finds. */
export const splitInlineForTest = (text: string, from: number, first: number): InlineItem[] => splitInline(text, from, first)
