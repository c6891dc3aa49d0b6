import {recordJsonSchema} from '../json-schema.js'

export function printSchema(): void {
  process.stdout.write(`${JSON.stringify(recordJsonSchema(), null, 2)}\n`)
}
