/**
 * The committed JSON Schema of a record must be what the zod schema gives now: a change to src/schema.ts
 * without `npm run schema:update` fails here (like a stale golden).
 */
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {recordJsonSchema} from '../src/json-schema.js'
import {SCHEMA_VERSION} from '../src/schema.js'

const committed = fileURLToPath(new URL('../schema/resolution-record.schema.json', import.meta.url))
const hint = 'schema/resolution-record.schema.json is out of date: run npm run schema:update and review the diff'

describe('committed JSON Schema', () => {
  it('should exist', () => {
    expect(existsSync(committed), hint).toBe(true)
  })

  it('should be byte-identical to a fresh generation from the zod schema', () => {
    const fresh = `${JSON.stringify(recordJsonSchema(), null, 2)}\n`
    expect(readFileSync(committed, 'utf8'), hint).toBe(fresh)
  })

  it('should carry the current schema version', () => {
    const schema = JSON.parse(readFileSync(committed, 'utf8')) as Record<string, unknown>
    expect(schema['x-schema-version'], hint).toBe(SCHEMA_VERSION)
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
  })
})
