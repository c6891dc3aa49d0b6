/**
 * A fast yes/no test of a value against a zod schema, compiled from the schema itself.
 *
 * `compileExactCheck(schema)` returns a predicate that is true only when `schema.safeParse(value)`
 * succeeds and returns a value equal to the input, with the same keys in the same order: nothing to
 * strip, coerce or reorder. Then the input can be used as it is. When it is false, the caller runs zod,
 * which either fixes the value up (strips unknown keys, puts keys in schema order) or explains what is
 * wrong. zod stays the single source of truth; this only spares the copy zod makes of a valid value
 * (two objects per field), which cost ~8% of the pipeline.
 *
 * Only the zod features the record schema uses are supported: objects, arrays, strings (with regex
 * checks), numbers (int, bounds), booleans, enums, literals and nullable. Anything else (optional keys,
 * defaults, transforms, unions...) throws when compiling, so a schema change cannot silently weaken
 * the test; extend this module with the new feature and its property test (tests/schema-check.test.ts).
 */
import type {z} from 'zod'

type Check = (value: unknown) => boolean

/** The parts of zod's internal definitions read here (zod 4: `schema._zod.def`). */
interface Definition {
  readonly type: string
  readonly checks?: readonly {readonly _zod: {readonly def: CheckDefinition}}[]
  readonly shape?: Readonly<Record<string, z.ZodType>>
  readonly catchall?: z.ZodType
  readonly element?: z.ZodType
  readonly innerType?: z.ZodType
  readonly entries?: Readonly<Record<string, string | number>>
  readonly values?: readonly unknown[]
}

interface CheckDefinition {
  readonly check: string
  readonly format?: string
  readonly pattern?: RegExp
  readonly value?: unknown
  readonly inclusive?: boolean
}

export function compileExactCheck(schema: z.ZodType): Check {
  return compile(schema, '(root)')
}

function definitionOf(schema: z.ZodType): Definition {
  return (schema as unknown as {_zod: {def: Definition}})._zod.def
}

function compile(schema: z.ZodType, path: string): Check {
  const definition = definitionOf(schema)
  switch (definition.type) {
    case 'string':
      return compileString(definition, path)
    case 'number':
      return compileNumber(definition, path)
    case 'boolean':
      noChecks(definition, path)
      return (value) => typeof value === 'boolean'
    case 'enum': {
      noChecks(definition, path)
      const members = new Set<unknown>(Object.values(definition.entries ?? {}))
      return (value) => members.has(value)
    }
    case 'literal': {
      noChecks(definition, path)
      const members = new Set<unknown>(definition.values ?? [])
      return (value) => members.has(value)
    }
    case 'nullable': {
      noChecks(definition, path)
      const inner = compile(definition.innerType as z.ZodType, path)
      return (value) => value === null || inner(value)
    }
    case 'array': {
      noChecks(definition, path)
      const element = compile(definition.element as z.ZodType, `${path}[]`)
      return (value) => {
        if (!Array.isArray(value)) return false
        for (let index = 0; index < value.length; index++) if (!element(value[index])) return false
        return true
      }
    }
    case 'object':
      return compileObject(definition, path)
    default:
      throw unsupported(`zod type "${definition.type}"`, path)
  }
}

/**
 * An object with exactly the schema's keys, in the schema's order (zod's output order), each valid.
 * `for…in` sees inherited enumerable keys too, and zod reads them: any such key fails the test, and
 * zod decides.
 */
function compileObject(definition: Definition, path: string): Check {
  noChecks(definition, path)
  if (definition.catchall !== undefined) throw unsupported('catchall (strict or loose objects)', path)
  const shape = definition.shape ?? {}
  const keys = Object.keys(shape)
  const fields = keys.map((key) => compile(shape[key] as z.ZodType, `${path}.${key}`))
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
    const object = value as Record<string, unknown>
    let index = 0
    for (const key in object) {
      if (key !== keys[index] || !(fields[index] as Check)(object[key])) return false
      index++
    }
    return index === keys.length
  }
}

function compileString(definition: Definition, path: string): Check {
  const patterns = checksOf(definition).map((check) => {
    if (check.check === 'string_format' && check.format === 'regex' && check.pattern) return check.pattern
    throw unsupported(`string check "${check.format ?? check.check}"`, path)
  })
  if (patterns.length === 0) return (value) => typeof value === 'string'
  return (value) => {
    if (typeof value !== 'string') return false
    for (const pattern of patterns) {
      // As zod does: a global or sticky pattern starts from the beginning every time.
      pattern.lastIndex = 0
      if (!pattern.test(value)) return false
    }
    return true
  }
}

/** zod's numbers are finite (never NaN or ±Infinity); `int()` is a safe integer. */
function compileNumber(definition: Definition, path: string): Check {
  let integer = false
  let minimum = Number.NEGATIVE_INFINITY
  let minimumIncluded = true
  let maximum = Number.POSITIVE_INFINITY
  let maximumIncluded = true
  for (const check of checksOf(definition)) {
    if (check.check === 'number_format' && check.format === 'safeint') integer = true
    else if (check.check === 'greater_than' && typeof check.value === 'number') {
      // Of two lower bounds the stricter holds.
      if (check.value > minimum || (check.value === minimum && check.inclusive !== true)) {
        minimum = check.value
        minimumIncluded = check.inclusive === true
      }
    } else if (check.check === 'less_than' && typeof check.value === 'number') {
      if (check.value < maximum || (check.value === maximum && check.inclusive !== true)) {
        maximum = check.value
        maximumIncluded = check.inclusive === true
      }
    } else throw unsupported(`number check "${check.format ?? check.check}"`, path)
  }
  return (value) =>
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (!integer || Number.isSafeInteger(value)) &&
    (minimumIncluded ? value >= minimum : value > minimum) &&
    (maximumIncluded ? value <= maximum : value < maximum)
}

function checksOf(definition: Definition): CheckDefinition[] {
  return (definition.checks ?? []).map((check) => check._zod.def)
}

function noChecks(definition: Definition, path: string): void {
  const [check] = checksOf(definition)
  if (check !== undefined) throw unsupported(`check "${check.check}" on ${definition.type}`, path)
}

function unsupported(what: string, path: string): Error {
  return new Error(`compileExactCheck: ${what} at ${path} is not supported; extend src/schema-check.ts`)
}
