#!/usr/bin/env node
// Regenerate the golden records fixtures/<name>.json from fixtures/<name>.txt with the built library.
// Run through `npm run fixtures:update` (which builds first), then review the diff before committing.
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {extract} from '../dist/index.js'

const directory = fileURLToPath(new URL('../fixtures/', import.meta.url))
for (const name of readdirSync(directory).filter((entry) => entry.endsWith('.txt')).sort()) {
  const record = extract({path: `fixtures/${name}`, bytes: readFileSync(join(directory, name))})
  const target = join(directory, name.replace(/\.txt$/, '.json'))
  writeFileSync(target, `${JSON.stringify(record, null, 2)}\n`)
  console.log(`wrote ${target}`)
}
