/** The JSON Schema of a document record, generated from the zod schema (zod's own converter). */
import {z} from 'zod'
import {DocumentRecordSchema, SCHEMA_VERSION} from './schema.js'

export function recordJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DocumentRecordSchema, {target: 'draft-2020-12'}) as Record<string, unknown>
  return {
    ...schema,
    title: 'resolution-extract document record',
    'x-schema-version': SCHEMA_VERSION
  }
}
