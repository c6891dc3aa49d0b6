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
import {CLOSING_PARAGRAPHS, GROUP_LEAD} from '../vocabulary/headings.js'
import {foldForMatch} from '../vocabulary/orthography.js'
import {type Block, type BlockRoot, isAllCaps} from './parse-blocks.js'
import {type Marker, readMarker} from './read-marker.js'
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

/** Remove markdown emphasis marks and collapse white space (the common cases skip the regexes). */
export function stripEmphasis(text: string): string {
  let result = text
  if (result.includes('*') || result.includes('_')) result = result.replace(EMPHASIS, '')
  if (needsSpaceCollapse(result)) result = result.replace(/\s+/g, ' ')
  return result.trim()
}

/** Two spaces in a row, or a tab or line break: faster as a loop than as a regex on long paragraphs. */
function needsSpaceCollapse(text: string): boolean {
  let previousSpace = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 32) {
      if (previousSpace) return true
      previousSpace = true
    } else if (code >= 9 && code <= 13) return true
    else previousSpace = false
  }
  return false
}

/** The text of a heading: emphasis removed, trailing colon removed. */
export function headingText(text: string): string {
  return stripEmphasis(text).replace(/\s*[:：]\s*$/, '').trim()
}

/** First sentence of a paragraph, cut at a word break before `max` characters. */
export function firstSentence(text: string, max = HEADING_MAX): string {
  const clean = stripEmphasis(text)
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
  const text = stripEmphasis(bodyText)
  if (text.length === 0) return false
  if (text.length <= 120 && /:$/.test(text)) return true
  if (text.length <= 120 && !/[.;!?]$/.test(text) && !/\d/.test(text) && /^\p{Lu}/u.test(text)) return true
  const lead = /^([^:]{2,80}):\s*\S/u.exec(text)?.[1]
  if (!lead || /\d/.test(lead) || !/^\p{Lu}/u.test(lead)) return false
  if (bullet !== '-') return true
  return /^[*_]/.test(bodyText.trimStart()) || GROUP_LEAD.test(foldForMatch(lead))
}

export function isClosingParagraph(text: string): boolean {
  // Closing formulas are at most a few hundred characters; longer paragraphs are running text.
  if (text.length > 600) return false
  // The formulas are known by their first words, the adoption sentence also by "thông qua".
  const head = text.length > 80 && !text.includes('thông qua') ? text.slice(0, 80) : text
  const folded = foldForMatch(stripEmphasis(head))
  return CLOSING_PARAGRAPHS.some((pattern) => pattern.test(folded))
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
    const text = block.text
    if (isClosingParagraph(text)) {
      if (closingIndex === blocks.length) closingIndex = index
      closeUntil(stack, -1, index)
      continue
    }
    // Lines in capitals or bold are headings only in the body: the header is full of them (issuer, title).
    const opening = readHeading(text, stack.at(-1) ?? null, nodes.length > 0 && closingIndex === blocks.length)
    const current = stack.at(-1) ?? null
    if (!opening || (current && continuesItemCount(opening.marker, current, stack, lastItem))) {
      // Not a heading: running text, or an item ("(1) … (3) …" then "4. …" goes on counting the items).
      const item = readMarker(text)
      if (current && item && (item.kind === 'paren' || item.kind === 'arabic')) lastItem.set(current, labelNumber(item.label))
      sectionOfBlock[index] = current
      continue
    }
    let {heading} = opening
    const {marker, kind, rank, body} = opening
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

function readHeading(text: string, current: SectionNode | null, inBody: boolean): Opening | null {
  const marker = readMarker(text)
  if (marker) {
    if (marker.kind === 'paren') return null
    const body = text.slice(marker.length)
    if ((marker.kind === 'star' || marker.kind === 'dash' || marker.kind === 'plus') && !isGroupHeading(body, marker.label as '*' | '-' | '+')) return null
    const heading = headingOf(body) || marker.label
    return {marker, kind: KIND_OF_MARKER[marker.kind] ?? 'item', rank: marker.rank, heading, body: stripEmphasis(body)}
  }
  // An unnumbered heading that introduces what follows: "Một số chỉ tiêu chủ yếu:".
  if (text.length > 140) return null
  const clean = stripEmphasis(text)
  // "Một số chỉ tiêu chủ yếu:", "CÁC CHỈ TIÊU CHỦ YẾU", "**Về phát triển kinh tế**": a short line that
  // ends with a colon, is written in capitals, or is wholly bold/italic, and is no sentence.
  const headingLike = /:$/.test(clean) || (inBody && (isAllCaps(clean) || isEmphasised(text.trim())))
  if (clean.length <= 100 && headingLike && /^\p{Lu}/u.test(clean) && !/[;.]/.test(clean)) {
    // Below the open section; beside the previous unnumbered heading ("**Về kinh tế:**", "**Về xã hội:**").
    const rank = current ? (current.marker === null ? current.rank : current.rank + 0.5) : 0.5
    return {marker: null, kind: 'heading', rank, heading: headingText(clean), body: clean}
  }
  return null
}

/** A section's heading: the whole heading line when short, else its first sentence. */
function headingOf(body: string): string {
  // "Chỉ tiêu về kinh tế: Thu ngân sách đạt 100%…": the lead before the colon names the section.
  const lead = /^([^:]{2,120}):\s*\S/u.exec(stripEmphasis(body))
  if (lead?.[1]) return headingText(lead[1])
  const clean = headingText(body)
  if (clean.length <= HEADING_MAX && !/[.!?](?=\s)/.test(clean)) return clean.replace(/[.;]$/, '')
  return firstSentence(body)
}
