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
