/**
 * The document record: zod schemas and the types inferred from them.
 *
 * This module is the single source of truth for the output format. The JSON Schema printed by
 * `resolution-extract schema` and committed under `schema/` is generated from `DocumentRecordSchema`.
 *
 * `SCHEMA_VERSION` follows semver: a patch adds no field, a minor adds optional information
 * (new fields, new enum members that old readers can ignore), a major removes or renames a field
 * or changes the meaning of one.
 */
import {z} from 'zod'
import {ADMIN_LEVELS, COMPARATORS, DIRECTIONS, DOCUMENT_KINDS} from './schema-values.js'

export const SCHEMA_VERSION = '0.2.0'

const nullableString = z.string().nullable()
const line = z.number().int().positive().describe('1-based line number in the source file as stored')

export const ComparatorSchema = z
  .enum(COMPARATORS)
  .describe('eq: đạt/là/bare number; gt: trên/hơn/vượt; gte: từ … trở lên, ít nhất; lt: dưới, không quá; lte: tối đa; approx: khoảng; range: X-Y')
export type Comparator = z.infer<typeof ComparatorSchema>

export const DirectionSchema = z
  .enum(DIRECTIONS)
  .nullable()
  .describe('increase/decrease where tăng/giảm wording governs the figure; null otherwise')
export type Direction = z.infer<typeof DirectionSchema>

export const NormalizedQuantitySchema = z
  .object({
    value: z.number().nullable(),
    min: z.number().nullable(),
    max: z.number().nullable(),
    unit: z.string().describe('base unit once the scale word is applied, e.g. "đồng", "tấn", "USD", "lao động"')
  })
  .describe('The figure with its scale word applied (1.600 tỷ đồng -> 1.6e12 đồng), for summing across documents')
export type NormalizedQuantity = z.infer<typeof NormalizedQuantitySchema>

export const TargetSchema = z.object({
  raw: z.string().describe('the span of the text the target was read from'),
  metric: nullableString.describe('short name of what is measured'),
  comparator: ComparatorSchema,
  direction: DirectionSchema,
  value: z.number().nullable().describe('the number for non-range comparators'),
  min: z.number().nullable().describe('lower bound, for range'),
  max: z.number().nullable().describe('upper bound, for range'),
  unit: nullableString.describe('unit as written, including its scale word: "%", "tỷ đồng", "triệu đồng/người/năm"'),
  denominator: z.number().nullable().describe('for ratios such as "52/52 thôn": the denominator'),
  normalized: NormalizedQuantitySchema.nullable(),
  flags: z
    .array(z.string())
    .describe('reading notes, e.g. "ambiguous-separator" when a figure could be read with English separators')
})
export type Target = z.infer<typeof TargetSchema>

export const SeveritySchema = z.enum(['error', 'warning', 'info'])
export type Severity = z.infer<typeof SeveritySchema>

export const DiagnosticSchema = z.object({
  severity: SeveritySchema,
  code: z.string().describe('stable kebab-case rule id, e.g. "footnote-no-body"'),
  message: z.string(),
  line: line.nullable(),
  column: z.number().int().positive().nullable()
})
export type Diagnostic = z.infer<typeof DiagnosticSchema>

export const AdminLevelSchema = z.enum(ADMIN_LEVELS).nullable()
export type AdminLevel = z.infer<typeof AdminLevelSchema>

export const DocumentKindSchema = z.enum(DOCUMENT_KINDS)
export type DocumentKind = z.infer<typeof DocumentKindSchema>

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable()

export const DocumentMetadataSchema = z.object({
  kind: DocumentKindSchema,
  draft: z.boolean().describe('true when the text says DỰ THẢO'),
  number: nullableString.describe('the "Số:" value, e.g. "412/NQ-HĐND"; null when absent or left blank'),
  title: nullableString.describe('the subject line, e.g. "Về nhiệm vụ phát triển kinh tế - xã hội năm 2024"'),
  issuer: nullableString,
  locality: nullableString,
  adminLevel: AdminLevelSchema,
  planYear: z.number().int().nullable(),
  place: nullableString.describe('place name of the place-and-date line'),
  issuedOn: isoDate,
  adoptedOn: isoDate,
  term: nullableString.describe('khóa, Roman numerals upper case'),
  session: z.number().int().nullable().describe('kỳ họp thứ N'),
  legalBases: z.array(z.string()).describe('one entry per instrument cited in the "Căn cứ …" preamble')
})
export type DocumentMetadata = z.infer<typeof DocumentMetadataSchema>

export const SectionKindSchema = z.enum(['part', 'article', 'heading', 'item', 'group'])
export type SectionKind = z.infer<typeof SectionKindSchema>

export const SectionSchema = z.object({
  id: z.string(),
  label: nullableString.describe('the heading number as written, normalised: "Điều 2", "II", "3.1", "a)", "*"'),
  heading: z.string(),
  level: z.number().int().nonnegative(),
  kind: SectionKindSchema,
  parentId: nullableString,
  line,
  endLine: line
})
export type Section = z.infer<typeof SectionSchema>

export const IndicatorSchema = z.object({
  id: z.string(),
  label: nullableString,
  group: nullableString,
  sectionId: nullableString,
  line,
  text: z.string(),
  targets: z.array(TargetSchema),
  footnotes: z.array(z.string())
})
export type Indicator = z.infer<typeof IndicatorSchema>

export const TaskActionSchema = z
  .object({
    verb: z.string().describe('the action verb, lower case: "đẩy mạnh", "hoàn thành"'),
    text: z.string().describe('the clause the verb opens'),
    line
  })
  .describe('a clause of the task that says what is to be done')
export type TaskAction = z.infer<typeof TaskActionSchema>

export const TaskCommitmentSchema = TargetSchema.extend({line}).describe('a quantified commitment in the task text, read like an indicator target')
export type TaskCommitment = z.infer<typeof TaskCommitmentSchema>

export const TaskSchema = z.object({
  id: z.string(),
  label: nullableString,
  group: nullableString,
  sectionId: nullableString,
  line,
  endLine: line,
  title: z.string(),
  text: z.string(),
  footnotes: z.array(z.string()),
  actions: z.array(TaskActionSchema),
  commitments: z.array(TaskCommitmentSchema),
  indicatorIds: z.array(z.string()).describe('ids of the indicators the task states it serves')
})
export type Task = z.infer<typeof TaskSchema>

export const FootnoteSchema = z.object({
  label: z.string(),
  line,
  text: z.string(),
  refs: z.array(z.object({line, column: z.number().int().positive().nullable()}))
})
export type Footnote = z.infer<typeof FootnoteSchema>

export const AppendixRowSchema = z.object({
  label: nullableString,
  line,
  table: nullableString.describe('title of the annex table the row belongs to'),
  name: z.string(),
  unit: nullableString,
  plan: nullableString,
  actual: nullableString,
  assessment: nullableString,
  cells: z.array(z.string()).describe('all cells of the row as written, markers removed'),
  footnotes: z.array(z.string())
})
export type AppendixRow = z.infer<typeof AppendixRowSchema>

export const DocumentRecordSchema = z
  .object({
    schemaVersion: z.string(),
    source: z.object({
      path: z.string(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      bytes: z.number().int().nonnegative(),
      encoding: z.string().describe('encoding the bytes were decoded from, e.g. "utf-8", "utf-16le", "tcvn3"')
    }),
    document: DocumentMetadataSchema,
    sections: z.array(SectionSchema),
    indicators: z.array(IndicatorSchema),
    tasks: z.array(TaskSchema),
    footnotes: z.array(FootnoteSchema),
    appendix: z.array(AppendixRowSchema),
    diagnostics: z.array(DiagnosticSchema)
  })
  .describe('One Vietnamese socio-economic plan resolution or report, as structured data')
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>
