/**
 * Task extractor: the plan's tasks and solutions (nhiệm vụ và giải pháp) as records.
 *
 * Finds the innermost sections whose heading announces tasks and solutions, then reads each numbered
 * item under them as a task (label "3.1", "2", "a"), and each unnumbered labelled group ("- *Về phát
 * triển kinh tế:*", "* Công nghiệp, tiểu thủ công nghiệp") as a task with label null whose group is the
 * heading of the enclosing numbered item (or of the tasks section). A tasks section with neither takes
 * its bullets ("-", "+") as tasks. Items of "Tổ chức thực hiện" are never tasks.
 */
import type {VFile} from 'vfile'
import {report} from '../diagnostics.js'
import type {Task} from '../schema.js'
import {IMPLEMENTATION_HEADING, NOT_TASK_HEADING, TASK_HEADING} from '../vocabulary/headings.js'
import {anyCaseOf} from '../vocabulary/orthography.js'
import {type CleanParagraph, cleanParagraph, cleansByTrimming, joinParagraphs, paragraphCleansByTrimming} from './clean-text.js'
import {type Block, type BlockRoot, endsWithColon, endsWithTerminal, type Paragraph} from './parse-blocks.js'
import {markerOf} from './read-marker.js'
import {namesOtherPeriod} from './plan-period.js'
import {type ReadingSlot, readTaskContent, type TaskParagraph} from './read-task-content.js'
import {type Outline, type SectionNode, firstSentence, firstSentenceOfPlain, foldedHeadingOf, headingText, withoutTrailingColon} from './split-sections.js'

export function extractTasks(root: BlockRoot, outline: Outline, file: VFile, planYear: number | null = null): Task[] {
  const sections = findTaskSections(outline, planYear)
  const context: TaskContext = {root, blocks: new Array<BlockCleaning | undefined>(root.children.length), tasks: []}
  const tasks = context.tasks
  for (const section of sections) {
    const before = tasks.length
    // A lead alone over paragraphs that lost their numbers ("Để thực hiện … cần tập trung:" / "Tập trung
    // phát triển …" / "Đẩy mạnh …"): the paragraphs are the tasks, not the lead.
    const lead = section.children.length === 1 ? (section.children[0] as SectionNode) : null
    if (lead && lead.marker === null && lead.children.length === 0 && endsWithColon(lead.body) && readParagraphs(root, lead.blockIndex + 1, lead.endIndex, section, tasks)) continue
    for (const child of section.children) readTask(context, child, section)
    if (tasks.length === before) readBullets(root, section, tasks)
    if (tasks.length === before) readParagraphs(root, section.blockIndex + 1, section.endIndex, section, tasks)
    if (tasks.length === before)
      report(file, 'tasks-empty-section', `the tasks section "${section.section.heading}" has no numbered items or groups`, {
        line: section.section.line
      })
  }
  return tasks
}

/** What the tasks of a document share: each block is cleaned and read once. */
interface TaskContext {
  readonly root: BlockRoot
  /** Each block's cleaning (and reading), by its index: a block belongs to its task and every enclosing one. */
  readonly blocks: Array<BlockCleaning | undefined>
  readonly tasks: Task[]
}

/**
 * `TASK_HEADING` and `IMPLEMENTATION_HEADING` tried on a heading as written before it is folded
 * (`anyCaseOf`: the keywords hold no "a", "e" or "y" after o/u, and a "ụ" that ends one is followed by no
 * letter). Most headings are ruled out without a fold.
 */
const TASK_HEADING_ANY_CASE = anyCaseOf(TASK_HEADING)
const IMPLEMENTATION_HEADING_ANY_CASE = anyCaseOf(IMPLEMENTATION_HEADING)

/** Does the node's heading announce tasks (`TASK_HEADING`)? */
export function isTaskHeading(node: SectionNode): boolean {
  if (!TASK_HEADING_ANY_CASE.test(node.section.heading)) return false
  const heading = foldedHeadingOf(node)
  return TASK_HEADING.test(heading) && !NOT_TASK_HEADING.test(heading)
}

/** Is the node's heading "Tổ chức thực hiện" (`IMPLEMENTATION_HEADING`)? */
export function isImplementationHeading(node: SectionNode): boolean {
  return IMPLEMENTATION_HEADING_ANY_CASE.test(node.section.heading) && IMPLEMENTATION_HEADING.test(foldedHeadingOf(node))
}

function findTaskSections(outline: Outline, planYear: number | null): SectionNode[] {
  const matches = outline.nodes.filter((node) => node.marker?.kind !== 'paren' && isTaskHeading(node))
  // Keep the innermost: "II. Mục tiêu và nhiệm vụ, giải pháp" holds "2. Nhiệm vụ và giải pháp".
  const innermost = matches.filter((node) => !matches.some((other) => other !== node && isAncestor(node, other)))
  // Tasks of another period ("Nhiệm vụ trọng tâm giai đoạn 2026-2030" beside the plan year's) are not
  // the plan's, unless they are all there is.
  const ofPlanYear = innermost.filter((node) => !namesOtherPeriod(foldedHeadingOf(node), planYear))
  return ofPlanYear.length > 0 ? ofPlanYear : innermost
}

function readTask(context: TaskContext, node: SectionNode, tasksSection: SectionNode): void {
  if (isImplementationHeading(node)) return
  // An unnumbered lead ("Để hoàn thành các mục tiêu trên, cần thực hiện:") over numbered items is
  // not a task: its items are.
  if (node.marker === null && node.children.some((child) => child.marker !== null && !isBullet(child))) {
    for (const child of node.children) readTask(context, child, tasksSection)
    return
  }
  const kind = node.marker?.kind
  const isGroup = kind === 'star' || kind === 'dash' || kind === 'plus' || node.marker === null
  const enclosing = nearestNumbered(node.parent, tasksSection)
  const tasks = context.tasks
  tasks.push(makeTask(context, node, `task-${tasks.length + 1}`, isGroup ? null : node.marker?.label ?? null, isGroup ? (enclosing ?? tasksSection.section.heading) : null))
  for (const child of node.children) readTask(context, child, tasksSection)
}

function isBullet(node: SectionNode): boolean {
  const kind = node.marker?.kind
  return kind === 'star' || kind === 'dash' || kind === 'plus'
}

/** The heading of the nearest enclosing numbered task below the tasks section, if any. */
function nearestNumbered(node: SectionNode | null, tasksSection: SectionNode): string | null {
  for (let current = node; current && current !== tasksSection; current = current.parent) {
    const kind = current.marker?.kind
    if (kind && kind !== 'star' && kind !== 'dash' && kind !== 'plus') return current.section.heading
  }
  return null
}

function makeTask(context: TaskContext, node: SectionNode, id: string, label: string | null, group: string | null): Task {
  const {root, blocks} = context
  const bracketLabels = root.data.bracketLabels
  const end = Math.min(node.endIndex, root.children.length)
  const cleaned: CleanParagraph[] = []
  const paragraphs: TaskParagraph[] = []
  for (let index = node.blockIndex; index < end; index++) {
    const block = root.children[index] as Block
    const cleaning = (blocks[index] ??= cleaningOf(block))
    // The heading paragraph is read after its marker; the other blocks whole (and cleaned once for all tasks).
    const from = index === node.blockIndex && block.type === 'paragraph' ? (markerOf(block)?.length ?? 0) : 0
    const clean = from > 0 ? cleanRest(cleaning, from, bracketLabels) : wholeClean(cleaning, bracketLabels)
    cleaned.push(clean)
    if (block.type === 'paragraph')
      paragraphs.push(from > 0 ? taskParagraph(block, from, clean.text, cleaning) : (cleaning.asWhole ??= taskParagraph(block, 0, clean.text, cleaning)))
  }
  const {text, footnotes} = joinParagraphs(cleaned)
  const {actions, commitments} = readTaskContent(paragraphs)
  return {
    id,
    label,
    group,
    sectionId: node.section.id,
    line: node.section.line,
    endLine: node.section.endLine,
    title: titleOf(node),
    text,
    footnotes,
    actions,
    commitments,
    indicatorIds: []
  }
}

/**
 * How a block is cleaned, read once: a block belongs to its task and to every enclosing one, and a
 * heading paragraph is cleaned after its label (for its task) and whole (for the enclosing ones).
 * Also where its reading (`readTaskContent`) is kept.
 */
interface BlockCleaning extends ReadingSlot {
  /** The block's text: a table row's cells joined. */
  readonly text: string
  /** Cleaning changes the text, and any piece of it, only by trimming it (`cleansByTrimming`). */
  readonly trims: boolean
  /** The text holds no character a footnote marker starts with (`Paragraph.markerFree`). */
  readonly markerFree: boolean
  /** The whole text cleaned, once needed. */
  whole?: CleanParagraph | undefined
  /** The paragraph read whole, as every task but its own reads it (one record for them all). */
  asWhole?: TaskParagraph | undefined
}

function taskParagraph(paragraph: Paragraph, from: number, clean: string, cleaning: BlockCleaning): TaskParagraph {
  // A paragraph without a label is read whole only: its clauses need not be kept for a reading after the label.
  return {paragraph, from, clean, plain: cleaning.trims || undefined, slot: cleaning, oneStart: markerOf(paragraph) === null}
}

const NO_LABELS: readonly string[] = []

function cleaningOf(block: Block): BlockCleaning {
  const markerFree = block.markerFree === true
  const text = block.type === 'tableRow' ? block.cells.filter(Boolean).join(' | ') : block.text
  const trims = block.type === 'tableRow' ? cleansByTrimming(text, markerFree) : paragraphCleansByTrimming(block)
  // every field from the start: one object shape for all blocks
  return {text, trims, markerFree, reading: undefined, whole: undefined, asWhole: undefined}
}

function wholeClean(cleaning: BlockCleaning, bracketLabels: ReadonlySet<string>): CleanParagraph {
  cleaning.whole ??= cleaning.trims
    ? {text: cleaning.text.trim(), labels: NO_LABELS}
    : cleanParagraph(cleaning.text, bracketLabels, cleaning.markerFree)
  return cleaning.whole
}

/** A heading paragraph's text after its label (`from`), cleaned. */
function cleanRest(cleaning: BlockCleaning, from: number, bracketLabels: ReadonlySet<string>): CleanParagraph {
  const rest = cleaning.text.slice(from)
  return cleaning.trims ? {text: rest.trim(), labels: NO_LABELS} : cleanParagraph(rest, bracketLabels, cleaning.markerFree)
}

/** Title: the heading line of a numbered item, or its first sentence; a group's own heading. */
function titleOf(node: SectionNode): string {
  const body = node.body // emphasis already removed
  const colon = body.indexOf(':')
  if (node.marker === null || node.marker.kind === 'star' || node.marker.kind === 'dash' || node.marker.kind === 'plus')
    return colon > 0 && colon <= 120 ? headingText(body.slice(0, colon)) : withoutTrailingColon(body)
  return firstSentenceOfPlain(body)
}

/** A tasks section without numbered items or groups: each bullet paragraph is a task. */
function readBullets(root: BlockRoot, section: SectionNode, tasks: Task[]): void {
  for (let index = section.blockIndex + 1; index < section.endIndex; index++) {
    const block = root.children[index]
    if (block?.type !== 'paragraph') continue
    const marker = markerOf(block)
    if (!marker || (marker.kind !== 'dash' && marker.kind !== 'plus' && marker.kind !== 'paren')) continue
    tasks.push(paragraphTask(root, [block], marker.label, section, tasks.length, marker.length))
  }
}

/**
 * Tasks whose numbers were lost (a web copy, numbering that was a Word style): with neither numbered
 * items, groups nor bullets, the paragraphs of blocks `from` to `to` with no marker are the tasks, when
 * two or more are (a lead that ends with a colon is none). Where a title line (no closing punctuation)
 * stands over body paragraphs, as a numbered item's heading did, each title and the paragraphs under it
 * are one task; else each paragraph is one. Whether any were read.
 */
function readParagraphs(root: BlockRoot, from: number, to: number, section: SectionNode, tasks: Task[]): boolean {
  const found: Paragraph[] = []
  for (let index = from; index < to; index++) {
    const block = root.children[index]
    if (block?.type === 'paragraph' && !markerOf(block) && !endsWithColon(block.text)) found.push(block)
  }
  if (found.length < 2) return false
  if (readRunInGroups(root, found, section, tasks)) return true
  const isTitle = (index: number) => !endsWithTerminal(found[index]?.text ?? '') && found[index + 1] !== undefined && endsWithTerminal(found[index + 1]?.text ?? '')
  const titled = found.some((_, index) => isTitle(index))
  let group: Paragraph[] = []
  for (let index = 0; index < found.length; index++) {
    if (group.length > 0 && (!titled || isTitle(index))) {
      tasks.push(paragraphTask(root, group, null, section, tasks.length))
      group = []
    }
    group.push(found[index] as Paragraph)
  }
  tasks.push(paragraphTask(root, group, null, section, tasks.length))
  return true
}

/**
 * Paragraphs that open with a lead in bold or italics ("**Về phát triển kinh tế:** Tập trung …"), as
 * unnumbered groups of tasks are written run in: each such paragraph opens a task titled by its lead, in
 * the group of the tasks section, and a paragraph without one goes on the task before it. False (nothing
 * read) when fewer than two paragraphs open so.
 */
function readRunInGroups(root: BlockRoot, found: readonly Paragraph[], section: SectionNode, tasks: Task[]): boolean {
  const leads = found.map((paragraph) => runInLead(paragraph.text))
  if (leads.filter((lead) => lead !== null).length < 2) return false
  let group: Paragraph[] = []
  let title: string | null = null
  const flush = () => {
    if (group.length === 0) return
    const task = paragraphTask(root, group, null, section, tasks.length)
    tasks.push(title === null ? task : {...task, title, group: section.section.heading})
  }
  for (const [index, paragraph] of found.entries()) {
    const lead = leads[index] ?? null
    if (lead !== null || title === null) {
      flush()
      group = []
      title = lead
    }
    group.push(paragraph)
  }
  flush()
  return true
}

/** An emphasised lead that ends with a colon and opens `text` before more text ("**Về kinh tế:** …"), without marks or colon. */
const RUN_IN_LEAD = /^(\*{1,2}|_{1,2})([^*_:]{2,120}?)\s*(?::\1|\1\s*:)\s*\S/u

function runInLead(text: string): string | null {
  const match = RUN_IN_LEAD.exec(text)
  return match ? (match[2] as string).trim() : null
}

/**
 * Paragraphs read as a task of their own, the `count + 1`th: the first after `from` (its marker), the
 * others whole. Its title is the first paragraph's first sentence.
 */
function paragraphTask(root: BlockRoot, blocks: readonly Paragraph[], label: string | null, section: SectionNode, count: number, from = 0): Task {
  const first = blocks[0] as Paragraph
  const last = blocks.at(-1) as Paragraph
  const startOf = (index: number) => (index === 0 ? from : 0)
  const cleaned = blocks.map((block, index) => cleanParagraph(block.text.slice(startOf(index)), root.data.bracketLabels))
  const {text, footnotes} = joinParagraphs(cleaned)
  const {actions, commitments} = readTaskContent(blocks.map((paragraph, index) => ({paragraph, from: startOf(index), clean: cleaned[index]?.text ?? ''})))
  return {
    id: `task-${count + 1}`,
    label,
    group: null,
    sectionId: section.section.id,
    line: first.position.start.line,
    endLine: last.position.end.line,
    title: firstSentence(cleaned[0]?.text ?? ''),
    text,
    footnotes,
    actions,
    commitments,
    indicatorIds: []
  }
}

function isAncestor(ancestor: SectionNode, node: SectionNode): boolean {
  for (let current = node.parent; current; current = current.parent) if (current === ancestor) return true
  return false
}
