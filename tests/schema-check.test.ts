/**
 * compileExactCheck (src/schema-check.ts) against zod itself: the check is true exactly when zod's
 * parse succeeds and gives back a value equal to the input (same keys, same order). Checked on the
 * seeds' records, on records mutated at random places, and on a small schema with every supported
 * feature.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {z} from 'zod'
import {extract} from '../src/extract.js'
import {compileExactCheck} from '../src/schema-check.js'
import {type DocumentRecord, DocumentRecordSchema} from '../src/schema.js'
import {readSeed, SEEDS} from './helpers/pipeline.js'

/** Same keys in the same order, same values (Object.is), all the way down. */
function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b)
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  if (keysA.length !== keysB.length || keysA.some((key, index) => key !== keysB[index])) return false
  return keysA.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
}

/** What the check must say: zod accepts the value and returns it unchanged. */
function zodReturnsUnchanged(schema: z.ZodType, value: unknown): boolean {
  const parsed = schema.safeParse(value)
  return parsed.success && sameValue(parsed.data, value)
}

const records: DocumentRecord[] = SEEDS.map((name) => extract({path: `seeds/${name}`, bytes: new TextEncoder().encode(readSeed(name))}))
const isExactRecord = compileExactCheck(DocumentRecordSchema)

describe('compileExactCheck on the record schema', () => {
  it('passes every seed record as extracted (so extract() skips zod\'s copy)', () => {
    for (const record of records) expect(isExactRecord(structuredClone(record))).toBe(true)
  })

  /** Paths to every object, array and value inside a record. */
  function pathsOf(value: unknown, path: (string | number)[] = [], into: (string | number)[][] = []): (string | number)[][] {
    into.push(path)
    if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...path, index], into))
    else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], into)
    return into
  }

  const junk = [null, undefined, Number.NaN, Number.POSITIVE_INFINITY, -1, 0, -0, 1.5, 2 ** 53, '', 'x', '2024-13-01', true, [], {}]
  const mutation = fc.record({
    seed: fc.nat(records.length - 1),
    pick: fc.nat(),
    kind: fc.constantFrom('replace', 'delete', 'add-key', 'swap-keys', 'append'),
    junk: fc.constantFrom(...junk)
  })

  it('agrees with zod on records mutated at a random place', () => {
    fc.assert(
      fc.property(mutation, ({seed, pick, kind, junk: replacement}) => {
        const record = structuredClone(records[seed]) as unknown
        const paths = pathsOf(record)
        const path = paths[pick % paths.length] as (string | number)[]
        mutate(record, path, kind, replacement)
        expect(isExactRecord(record)).toBe(zodReturnsUnchanged(DocumentRecordSchema, record))
      }),
      {numRuns: 600}
    )
  })

  function mutate(root: unknown, path: (string | number)[], kind: string, replacement: unknown): void {
    const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], root)
    const key = path.at(-1)
    const target = key === undefined ? root : parent[key]
    if (kind === 'replace' && key !== undefined) parent[key] = replacement
    else if (kind === 'delete' && key !== undefined) {
      if (Array.isArray(parent)) parent.splice(Number(key), 1)
      else delete parent[key]
    } else if (kind === 'add-key' && typeof target === 'object' && target !== null && !Array.isArray(target)) target.extra = replacement
    else if (kind === 'swap-keys' && typeof target === 'object' && target !== null && !Array.isArray(target)) {
      const entries = Object.entries(target)
      if (entries.length < 2) return
      ;[entries[0], entries[1]] = [entries[1] as [string, unknown], entries[0] as [string, unknown]]
      for (const [name] of entries) delete target[name]
      for (const [name, value] of entries) target[name] = value
    } else if (kind === 'append' && Array.isArray(target)) target.push(target.length > 0 ? structuredClone(target[0]) : replacement)
  }
})

describe('compileExactCheck on every supported feature', () => {
  const schema = z.object({
    name: z.string(),
    code: z.string().regex(/^[a-z]+$/g),
    count: z.number().int().nonnegative(),
    line: z.number().int().positive().nullable(),
    share: z.number().gt(-1).lte(100),
    ratio: z.number(),
    flag: z.boolean(),
    kind: z.enum(['a', 'b']),
    version: z.literal(2),
    items: z.array(z.object({value: z.number().nullable(), tags: z.array(z.string())}))
  })
  const check = compileExactCheck(schema)

  /** For each key: values zod accepts, and values near the edge that it may refuse. */
  const fields = {
    name: [fc.string(), fc.oneof(fc.constant(undefined), fc.integer())],
    code: [fc.stringMatching(/^[a-z]+$/), fc.string()],
    count: [fc.nat(), fc.oneof(fc.integer({min: -2, max: 5}), fc.double(), fc.constant(2 ** 53))],
    line: [fc.oneof(fc.constant(null), fc.integer({min: 1})), fc.oneof(fc.integer({min: -1, max: 3}), fc.constant(Number.NaN), fc.constant(0.5))],
    share: [fc.double({min: -0.99, max: 100, noNaN: true}), fc.oneof(fc.double(), fc.constantFrom(-1, 100, 100.5, -0.5, Number.POSITIVE_INFINITY))],
    ratio: [fc.double({noNaN: true, noDefaultInfinity: true}), fc.constantFrom(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN, -0)],
    flag: [fc.boolean(), fc.constantFrom(0, 'true', null)],
    kind: [fc.constantFrom('a', 'b'), fc.constantFrom('c', null, 'A')],
    version: [fc.constant(2), fc.constantFrom(3, '2', 2.5)],
    items: [
      fc.array(fc.record({value: fc.oneof(fc.double({noNaN: true, noDefaultInfinity: true}), fc.constant(null)), tags: fc.array(fc.string(), {maxLength: 3})}), {maxLength: 3}),
      fc.oneof(
        fc.array(fc.record({value: fc.oneof(fc.double(), fc.constant(null), fc.string()), tags: fc.array(fc.oneof(fc.string(), fc.integer()), {maxLength: 3})}), {maxLength: 3}),
        fc.anything()
      )
    ]
  } as const
  const names = Object.keys(fields) as (keyof typeof fields)[]
  const valid = fc.record(Object.fromEntries(names.map((name) => [name, fields[name][0]])) as {[K in keyof typeof fields]: (typeof fields)[K][0]})
  /** A valid value with at most one key given a value near the edge. */
  const almost = fc
    .tuple(valid, fc.nat(names.length))
    .chain(([value, index]) => {
      const name = names[index]
      if (name === undefined) return fc.constant(value as Record<string, unknown>)
      return (fields[name][1] as fc.Arbitrary<unknown>).map((edge) => ({...value, [name]: edge}) as Record<string, unknown>)
    })

  it('agrees with zod on nearly valid values', () => {
    fc.assert(
      fc.property(almost, (value) => {
        expect(check(value)).toBe(zodReturnsUnchanged(schema, value))
      }),
      {numRuns: 2000}
    )
  })

  it('agrees with zod on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(check(value)).toBe(zodReturnsUnchanged(schema, value))
      })
    )
  })

  it('is false for values zod would change: extra keys, keys out of order', () => {
    const valid = {name: 'n', code: 'ab', count: 0, line: null, share: 100, ratio: -0.5, flag: true, kind: 'a', version: 2, items: [{value: null, tags: []}]}
    expect(check(valid)).toBe(true)
    expect(check({...valid, extra: 1})).toBe(false)
    expect(schema.safeParse({...valid, extra: 1}).success).toBe(true)
    const {name, ...rest} = valid
    expect(check({...rest, name})).toBe(false)
    expect(check({...valid, items: [{tags: [], value: null}]})).toBe(false)
  })

  it('refuses to compile features it does not know', () => {
    expect(() => compileExactCheck(z.object({a: z.string().optional()}))).toThrow(/optional/)
    expect(() => compileExactCheck(z.union([z.string(), z.number()]))).toThrow(/union/)
    expect(() => compileExactCheck(z.string().min(2))).toThrow(/not supported/)
    expect(() => compileExactCheck(z.strictObject({a: z.string()}))).toThrow(/catchall/)
    expect(() => compileExactCheck(z.number().multipleOf(2))).toThrow(/not supported/)
  })
})
