/**
 * What a task's text commits to: its actions (clauses opened by a verb such as "Tập trung",
 * "Đẩy mạnh", "Hoàn thành") and its quantified commitments ("phấn đấu đạt từ 65 mô hình trở lên"),
 * parsed with the indicators' target parser; and the indicators a task serves where its text says so.
 */
import type {Indicator, TaskAction, TaskCommitment} from '../schema.js'
import {ACTION_VERBS, AUXILIARY_VERBS, COMMITMENT_CUES} from '../vocabulary/actions.js'
import {foldForMatch} from '../vocabulary/orthography.js'
import {locate, type Paragraph} from './parse-blocks.js'
import {parseTargets} from './parse-targets.js'
import {stripFootnoteMarkers} from './resolve-footnotes.js'
import {stripEmphasis} from './split-sections.js'
import {ITEM_END, trimEnd} from './trim.js'

/** Action verbs by their first word, longest first: one map lookup per clause instead of a scan. */
const VERBS_BY_FIRST_WORD = new Map<string, string[]>()
for (const verb of [...ACTION_VERBS].sort((a, b) => b.length - a.length)) {
  const first = verb.split(' ')[0] ?? verb
  VERBS_BY_FIRST_WORD.set(first, [...(VERBS_BY_FIRST_WORD.get(first) ?? []), verb])
}
const MAX_CLAUSE = 600
/** Clause ends: ";" or the end of a sentence (". " before a capital or the end). */
const CLAUSE_END = /;|[.!?](?=\s+\p{Lu}|\s*$)/gu
const FIRST_WORD = /^[\p{L}\p{M}]+/u
/** "chỉ tiêu số 5", "Chỉ tiêu (5)": a task naming the indicator it serves. */
const EXPLICIT_REFERENCE = /chỉ tiêu\s+(?:số\s+(\d{1,2})|\((\d{1,2})\))/giu

interface Clause {
  readonly text: string
  readonly line: number
}

/** Sentences, then the clauses of a sentence separated by ";". */
function readClauses(paragraphs: ReadonlyArray<{paragraph: Paragraph; from: number}>): Clause[] {
  const clauses: Clause[] = []
  for (const {paragraph, from} of paragraphs) {
    const text = paragraph.text
    let start = from
    CLAUSE_END.lastIndex = from
    for (;;) {
      const match = CLAUSE_END.exec(text)
      const index = match ? match.index : text.length
      const raw = text.slice(start, index)
      const lead = raw.length - raw.trimStart().length
      const clean = stripEmphasis(stripFootnoteMarkers(raw).text).replace(/^[-+•]\s+/, '')
      if (clean) clauses.push({text: clean.slice(0, MAX_CLAUSE), line: locate(paragraph, start + lead).line})
      if (!match) break
      start = index + 1
    }
  }
  return clauses
}

/** The action verb a clause opens with, skipping an auxiliary before another verb. */
function readVerb(clause: string): string | null {
  const folded = foldForMatch(clause.slice(0, 40))
  const first = verbAt(folded)
  if (!first) return null
  if (AUXILIARY_VERBS.has(first)) {
    const second = verbAt(folded.slice(first.length).trimStart())
    if (second) return second
  }
  return first
}

function verbAt(folded: string): string | null {
  const word = FIRST_WORD.exec(folded)?.[0]
  if (!word) return null
  for (const verb of VERBS_BY_FIRST_WORD.get(word) ?? []) {
    if (folded.startsWith(verb) && !/[\p{L}]/u.test(folded.charAt(verb.length))) return verb
  }
  return null
}

export interface TaskContent {
  readonly actions: TaskAction[]
  readonly commitments: TaskCommitment[]
}

/**
 * Read the actions and commitments of a task's paragraphs (`from`: where the text starts, after the
 * label). A paragraph belongs to its task and to every enclosing one: its reading is cached.
 */
export function readTaskContent(paragraphs: ReadonlyArray<{paragraph: Paragraph; from: number}>): TaskContent {
  const actions: TaskAction[] = []
  const commitments: TaskCommitment[] = []
  for (const item of paragraphs) {
    const content = readParagraphContent(item.paragraph, item.from)
    actions.push(...content.actions)
    commitments.push(...content.commitments)
  }
  return {actions, commitments}
}

const CONTENT_CACHE = new WeakMap<Paragraph, Map<number, TaskContent>>()

function readParagraphContent(paragraph: Paragraph, from: number): TaskContent {
  let byStart = CONTENT_CACHE.get(paragraph)
  const cached = byStart?.get(from)
  if (cached) return cached
  const actions: TaskAction[] = []
  const commitments: TaskCommitment[] = []
  for (const clause of readClauses([{paragraph, from}])) {
    const verb = readVerb(clause.text)
    if (verb) actions.push({verb, text: trimEnd(clause.text, ITEM_END), line: clause.line})
    if (!/\d/.test(clause.text) || !COMMITMENT_CUES.test(foldForMatch(clause.text))) continue
    for (const target of parseTargets(clause.text)) commitments.push({...target, line: clause.line})
  }
  const content = {actions, commitments}
  if (!byStart) CONTENT_CACHE.set(paragraph, (byStart = new Map()))
  byStart.set(from, content)
  return content
}

/**
 * The indicators a task serves, where its text states it: an explicit reference ("chỉ tiêu số 5",
 * "chỉ tiêu (5)") or a commitment that repeats an indicator's figure with the same unit
 * ("phấn đấu thu ngân sách … đạt trên 388,295 tỷ đồng" for "Tổng thu ngân sách … 388,295 tỷ đồng").
 */
export function linkIndicators(text: string, commitments: readonly TaskCommitment[], indicators: readonly Indicator[]): string[] {
  const ids = new Set<string>()
  for (const match of text.matchAll(EXPLICIT_REFERENCE)) {
    const label = `(${match[1] ?? match[2]})`
    const indicator = indicators.find((candidate) => candidate.label === label)
    if (indicator) ids.add(indicator.id)
  }
  for (const commitment of commitments) {
    if (commitment.value === null || commitment.unit === null || commitment.unit === '%') continue
    for (const indicator of indicators) {
      const same = indicator.targets.some((target) => target.value === commitment.value && target.unit === commitment.unit)
      if (same) ids.add(indicator.id)
    }
  }
  return [...ids]
}
