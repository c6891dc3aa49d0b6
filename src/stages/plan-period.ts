import type {Target} from '../schema.js'
import {COMPARISON_BASE_WORDS, YEAR_WORD} from '../vocabulary/figure-context.js'
import {foldForMatch} from '../vocabulary/orthography.js'

/**
 * Whether a heading is about another period than the plan year: "Các chỉ tiêu chủ yếu giai đoạn
 * 2026-2030" or "Nhiệm vụ trọng tâm giai đoạn 2026-2030" in a plan for 2025. Lists and tasks sections
 * under such headings are left out when the document also has the plan year's own.
 */
export function namesOtherPeriod(heading: string, planYear: number | null): boolean {
  if (planYear === null) return false
  let years = 0
  for (const match of heading.matchAll(/(?<!\d)(\d{4})(?:\s*[-–]\s*(\d{4}))?(?!\d)/gu)) {
    const from = Number(match[1])
    const to = match[2] ? Number(match[2]) : from
    if (from < 1900 || from > 2200) continue
    if (planYear >= from && planYear <= to) return false
    years++
  }
  return years > 0
}

/** Years, which headings and titles name ("Nhiệm vụ … năm 2025", "(giá so sánh 2010)"). */
const YEARS = /(?:19|20)\d\d/g

/** Does `text` hold a figure other than a year? Headings name years; items state figures. */
export function statesFigureBesidesYears(text: string): boolean {
  return /\d/.test(text.replace(YEARS, ''))
}

/** "năm 2025" (folded) within a clause, the year captured. */
const YEAR_IN_CLAUSE = new RegExp(`(?:^|[^\\p{L}])${YEAR_WORD}\\s+(\\d{4})(?!\\d)`, 'u')
/** A clause separator: ";", ":" or a comma that is no decimal comma (not between digits). */
const CLAUSE_SEPARATOR = /[;:]|,(?!\d)|(?<!\d),/g

/**
 * The targets of an indicator without the figures its clauses give for a year before the plan year,
 * where another clause gives the plan year's: "Thu ngân sách: năm 2025 ước đạt 412,5 tỷ đồng, năm 2026
 * phấn đấu đạt trên 440 tỷ đồng" sets 440, and 412,5 is the past year's result. A year that is a base
 * of comparison ("tăng 10% so với năm 2024") is no clause's year.
 */
export function withoutPastYearFigures(text: string, targets: Target[], planYear: number | null): Target[] {
  if (planYear === null || targets.length < 2 || !/\d{4}/.test(text)) return targets
  const kept: Target[] = []
  let plansYear = false
  let cursor = 0
  for (const target of targets) {
    const at = text.indexOf(target.raw, cursor)
    if (at < 0) {
      kept.push(target)
      continue
    }
    cursor = at + target.raw.length
    const clause = foldForMatch(text.slice(clauseStart(text, at), at + target.raw.length))
    const match = COMPARISON_BASE_WORDS.some((words) => clause.includes(words)) ? null : YEAR_IN_CLAUSE.exec(clause)
    const year = match ? Number(match[1]) : null
    if (year !== null && year >= planYear) plansYear = true
    if (year === null || year >= planYear) kept.push(target)
  }
  return plansYear ? kept : targets
}

/** Where the clause that holds offset `at` starts (after the last clause separator before it). */
function clauseStart(text: string, at: number): number {
  let start = 0
  CLAUSE_SEPARATOR.lastIndex = 0
  for (let match = CLAUSE_SEPARATOR.exec(text); match && match.index < at; match = CLAUSE_SEPARATOR.exec(text)) start = match.index + 1
  return start
}
