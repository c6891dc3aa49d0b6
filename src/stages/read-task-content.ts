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

const VERBS_BY_LENGTH = [...ACTION_VERBS].sort((a, b) => b.length - a.length)
const MAX_CLAUSE = 600

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
    for (let index = from; index <= text.length; index++) {
      const char = text.charAt(index)
      const atEnd = index === text.length
      const sentenceEnd = (char === '.' || char === '!' || char === '?') && /\s/.test(text.charAt(index + 1) || ' ') && /^\s*\p{Lu}|^\s*$/u.test(text.slice(index + 1, index + 4))
      if (!atEnd && char !== ';' && !sentenceEnd) continue
      const raw = text.slice(start, index)
      const lead = raw.length - raw.trimStart().length
      const clean = stripEmphasis(stripFootnoteMarkers(raw).text).replace(/^[-+•]\s+/, '').trim()
      if (clean) clauses.push({text: clean.slice(0, MAX_CLAUSE), line: locate(paragraph, start + lead).line})
      start = index + 1
    }
  }
  return clauses
}

/** The action verb a clause opens with, skipping an auxiliary before another verb. */
function readVerb(clause: string): string | null {
  const folded = foldForMatch(clause)
  const first = VERBS_BY_LENGTH.find((verb) => folded.startsWith(verb) && !/[\p{L}]/u.test(folded.charAt(verb.length)))
  if (!first) return null
  if (AUXILIARY_VERBS.has(first)) {
    const rest = folded.slice(first.length).trimStart()
    const second = VERBS_BY_LENGTH.find((verb) => rest.startsWith(verb) && !/[\p{L}]/u.test(rest.charAt(verb.length)))
    if (second) return second
  }
  return first
}

export interface TaskContent {
  readonly actions: TaskAction[]
  readonly commitments: TaskCommitment[]
}

/** Read the actions and commitments of a task's paragraphs (`from`: where the text starts, after the label). */
export function readTaskContent(paragraphs: ReadonlyArray<{paragraph: Paragraph; from: number}>): TaskContent {
  const actions: TaskAction[] = []
  const commitments: TaskCommitment[] = []
  for (const clause of readClauses(paragraphs)) {
    const verb = readVerb(clause.text)
    if (verb) actions.push({verb, text: clause.text.replace(/[\s.;,:]+$/, ''), line: clause.line})
    if (!/\d/.test(clause.text) || !COMMITMENT_CUES.test(foldForMatch(clause.text))) continue
    for (const target of parseTargets(clause.text)) commitments.push({...target, line: clause.line})
  }
  return {actions, commitments}
}

/**
 * The indicators a task serves, where its text states it: an explicit reference ("chỉ tiêu số 5",
 * "chỉ tiêu (5)") or a commitment that repeats an indicator's figure with the same unit
 * ("phấn đấu thu ngân sách … đạt trên 388,295 tỷ đồng" for "Tổng thu ngân sách … 388,295 tỷ đồng").
 */
export function linkIndicators(text: string, commitments: readonly TaskCommitment[], indicators: readonly Indicator[]): string[] {
  const ids = new Set<string>()
  const folded = foldForMatch(text)
  for (const match of folded.matchAll(/chỉ tiêu\s+(?:số\s+(\d{1,2})|\((\d{1,2})\))/gu)) {
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
