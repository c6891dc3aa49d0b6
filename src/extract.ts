/**
 * The pipeline: bytes -> decode -> normalise -> flattened tables -> resolve footnotes -> parse blocks ->
 * split sections -> metadata -> indicators -> tasks -> annex -> a validated document record. No I/O.
 */
import {hash} from 'node:crypto'
import {VFile} from 'vfile'
import {report, toDiagnostics} from './diagnostics.js'
import {type DocumentRecord, DocumentRecordSchema, SCHEMA_VERSION} from './schema.js'
import {compileExactCheck} from './schema-check.js'
import {decode, type DecodeResult} from './stages/decode.js'
import {extractAppendix} from './stages/extract-appendix.js'
import {extractIndicators} from './stages/extract-indicators.js'
import {extractMetadata} from './stages/extract-metadata.js'
import {extractTasks} from './stages/extract-tasks.js'
import {readFlatTables} from './stages/flat-tables.js'
import {normaliseLines} from './stages/normalise.js'
import {parseBlocks} from './stages/parse-blocks.js'
import {linkIndicators} from './stages/read-task-content.js'
import {resolveFootnotes} from './stages/resolve-footnotes.js'
import {splitSections} from './stages/split-sections.js'

export interface ExtractInput {
  /** Path of the source as the user named it (`<stdin>` for standard input); recorded in the output. */
  readonly path: string
  readonly bytes: Uint8Array
}

/** An input the pipeline cannot read (empty, binary, undecodable): a per-file failure, not a bug. */
export class InputError extends Error {
  readonly code: string
  constructor(code: string, message: string) {
    super(message)
    this.name = 'InputError'
    this.code = code
  }
}

/** A record that does not match its own schema: a bug in this tool, reported as such. */
export class InvalidRecordError extends Error {
  readonly issues: unknown
  constructor(message: string, issues: unknown) {
    super(message)
    this.name = 'InvalidRecordError'
    this.issues = issues
  }
}

/**
 * Extract the document record of one source file.
 * Throws `InputError` for input that cannot be read as text and `InvalidRecordError` if the record
 * fails validation (a bug). Problems in the content are diagnostics in the record.
 */
export function extract(input: ExtractInput): DocumentRecord {
  const decoded: DecodeResult = decode(input.bytes)
  if (!decoded.ok) throw new InputError(decoded.code, decoded.message)
  return extractText(input, decoded.text, decoded.encoding, decoded.notes)
}

function extractText(input: ExtractInput, text: string, encoding: string, notes: readonly string[]): DocumentRecord {
  const file = new VFile({path: input.path, value: text})
  for (const note of notes) report(file, 'encoding-converted', note, {severity: 'info'})
  const lines = readFlatTables(normaliseLines(text), file)
  const footnotes = resolveFootnotes(lines, file)
  const root = parseBlocks(lines, footnotes)
  const outline = splitSections(root, file)
  const document = extractMetadata(lines, root, file)
  const indicators = extractIndicators(root, outline, document.planYear, file)
  const tasks = extractTasks(root, outline, file, document.planYear)
  const appendix = extractAppendix(lines, footnotes, file)
  const stem = fileStem(input.path)
  const prefix = (id: string) => `${stem}#${id}`
  // The stages' results belong to this record alone: their ids are prefixed in place, where copying
  // every section, indicator and task cost more than the prefixing. Tasks are linked to the indicators
  // first, by the indicators' own ids.
  for (const task of tasks) task.indicatorIds = linkIndicators(task.text, task.commitments, indicators).map(prefix)
  for (const section of outline.sections) {
    section.id = prefix(section.id)
    if (section.parentId) section.parentId = prefix(section.parentId)
  }
  for (const indicator of indicators) {
    indicator.id = prefix(indicator.id)
    if (indicator.sectionId) indicator.sectionId = prefix(indicator.sectionId)
  }
  for (const task of tasks) {
    task.id = prefix(task.id)
    if (task.sectionId) task.sectionId = prefix(task.sectionId)
  }
  const record: DocumentRecord = {
    schemaVersion: SCHEMA_VERSION,
    source: {path: input.path, sha256: sha256(input.bytes), bytes: input.bytes.byteLength, encoding},
    document,
    sections: outline.sections,
    indicators,
    tasks,
    footnotes: footnotes.footnotes,
    appendix,
    diagnostics: toDiagnostics(file)
  }
  // A record zod would return unchanged is returned as it is; otherwise zod copies it or says what is wrong.
  if (isExactRecord(record)) return record
  const checked = DocumentRecordSchema.safeParse(record)
  if (!checked.success) throw new InvalidRecordError(`the record of ${input.path} does not match the schema (a bug in resolution-extract)`, checked.error.issues)
  return checked.data
}

/** True when `DocumentRecordSchema.parse(record)` would succeed and return an equal record. */
const isExactRecord = compileExactCheck(DocumentRecordSchema)

function sha256(bytes: Uint8Array): string {
  return hash('sha256', bytes, 'hex')
}

/** "seeds/001_b4e4.txt" -> "001_b4e4"; "<stdin>" -> "stdin". */
export function fileStem(path: string): string {
  const base = path.replace(/\\/g, '/').split('/').pop() ?? path
  const stem = base.replace(/\.[^.]*$/, '').replace(/[<>]/g, '')
  return stem || 'document'
}
