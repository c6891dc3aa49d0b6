#!/usr/bin/env node
// Write schema/resolution-record.schema.json, the JSON Schema of a record, from the zod schema (through the
// built library: run it with `npm run schema:update`, which builds first). tests/json-schema.test.ts fails
// when the committed file differs from a fresh generation; review the diff before committing.
import {mkdirSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {recordJsonSchema} from '../dist/json-schema.js'

const target = fileURLToPath(new URL('../schema/resolution-record.schema.json', import.meta.url))
mkdirSync(fileURLToPath(new URL('../schema/', import.meta.url)), {recursive: true})
writeFileSync(target, `${JSON.stringify(recordJsonSchema(), null, 2)}\n`)
console.log(`wrote ${target}`)
