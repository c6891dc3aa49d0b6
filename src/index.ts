/** resolution-extract: the library. Re-exports only; see extract.ts for the pipeline. */
export {extract, fileStem, InputError, InvalidRecordError, type ExtractInput} from './extract.js'
export {
  AppendixRowSchema,
  DiagnosticSchema,
  DocumentMetadataSchema,
  DocumentRecordSchema,
  FootnoteSchema,
  IndicatorSchema,
  SCHEMA_VERSION,
  SectionSchema,
  TargetSchema,
  TaskSchema,
  type AppendixRow,
  type Diagnostic,
  type DocumentMetadata,
  type DocumentRecord,
  type Footnote,
  type Indicator,
  type Section,
  type Target,
  type Task
} from './schema.js'
export {parseTargets} from './stages/parse-targets.js'
