/**
 * Process the inputs: read each, extract its record, write it, summarise. One input's failure never
 * stops the others; the exit code says whether any failed.
 */
import {mkdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {Chalk} from 'chalk'
import {extract, fileStem, InputError, InvalidRecordError} from '../extract.js'
import type {DocumentRecord} from '../schema.js'
import {type InputSource, resolveInputs, STDIN_PATH} from './inputs.js'
import type {CliOptions} from './main.js'
import {writeFileAtomic} from './write.js'

export const EXIT_OK = 0
export const EXIT_FAILED = 1
export const EXIT_USAGE = 2

type Outcome = {readonly ok: true; readonly record: DocumentRecord} | {readonly ok: false; readonly path: string; readonly code: string; readonly message: string}

export async function run(options: CliOptions): Promise<number> {
  const stderr = process.stderr
  const color = new Chalk({level: stderr.isTTY ? 1 : 0})
  const inputs = [...options.inputs]
  if (inputs.length === 0) {
    if (process.stdin.isTTY) {
      stderr.write(`${color.red('error')}: no input given: name files, directories or patterns, or pipe text in (run resolution-extract --help)\n`)
      return EXIT_USAGE
    }
    inputs.push('-')
  }
  const resolved = await resolveInputs(inputs)
  if (resolved.unmatched.length > 0) {
    for (const pattern of resolved.unmatched) stderr.write(`${color.red('error')}: pattern matched no file: ${pattern}\n`)
    return EXIT_USAGE
  }
  if (options.outDir) await mkdir(options.outDir, {recursive: true})

  let failed = false
  let warned = false
  const records: DocumentRecord[] = []
  for (const problem of resolved.problems) {
    failed = true
    reportFailure(problem.path, problem.code, problem.message)
  }
  for (const source of resolved.sources) {
    const outcome = await processSource(source)
    if (!outcome.ok) {
      failed = true
      reportFailure(outcome.path, outcome.code, outcome.message)
      continue
    }
    const {record} = outcome
    if (record.diagnostics.some((diagnostic) => diagnostic.severity === 'warning' || diagnostic.severity === 'error')) warned = true
    if (options.outDir) {
      const target = join(options.outDir, `${fileStem(record.source.path)}.json`)
      try {
        await writeFileAtomic(target, `${JSON.stringify(record, null, 2)}\n`)
      } catch (error) {
        failed = true
        reportFailure(record.source.path, 'write-failed', `cannot write ${target}: ${(error as Error).message}`)
        continue
      }
    } else if (options.format === 'ndjson') {
      process.stdout.write(`${JSON.stringify(record)}\n`)
    } else {
      records.push(record)
    }
    if (!options.quiet) stderr.write(`${summarise(record, color)}\n`)
  }
  if (!options.outDir && options.format === 'json') process.stdout.write(`${JSON.stringify(records, null, 2)}\n`)
  if (failed) return EXIT_FAILED
  return options.strict && warned ? EXIT_FAILED : EXIT_OK

  function reportFailure(path: string, code: string, message: string): void {
    stderr.write(`${color.red('error')}: ${path}: ${message} [${code}]\n`)
  }
}

async function processSource(source: InputSource): Promise<Outcome> {
  let bytes: Uint8Array
  try {
    bytes = source.kind === 'stdin' ? await readStdin() : await readFile(source.path)
  } catch (error) {
    const {code, message} = describeReadError(error as NodeJS.ErrnoException)
    return {ok: false, path: source.path, code, message}
  }
  try {
    return {ok: true, record: extract({path: source.path, bytes})}
  } catch (error) {
    if (error instanceof InputError) return {ok: false, path: source.path, code: error.code, message: error.message}
    if (error instanceof InvalidRecordError)
      return {ok: false, path: source.path, code: 'invalid-record', message: `${error.message}: ${JSON.stringify(error.issues).slice(0, 300)}`}
    return {ok: false, path: source.path, code: 'internal-error', message: `internal error (a bug, please report it): ${(error as Error).stack ?? String(error)}`}
  }
}

function describeReadError(error: NodeJS.ErrnoException): {code: string; message: string} {
  switch (error.code) {
    case 'ENOENT':
      return {code: 'not-found', message: 'no such file'}
    case 'EACCES':
    case 'EPERM':
      return {code: 'permission-denied', message: 'permission denied'}
    case 'EISDIR':
      return {code: 'is-directory', message: 'is a directory'}
    default:
      return {code: 'read-failed', message: `cannot read: ${error.message}`}
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function summarise(record: DocumentRecord, color: InstanceType<typeof Chalk>): string {
  const {document} = record
  const warnings = record.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info').length
  const name = record.source.path === STDIN_PATH ? STDIN_PATH : record.source.path
  const what = [document.kind + (document.draft ? ' (draft)' : ''), document.number ?? 'no number', document.issuer ?? 'unknown issuer', document.planYear ?? 'no plan year']
  const counts = `${record.indicators.length} indicators, ${record.tasks.length} tasks, ${record.footnotes.length} footnotes, ${record.appendix.length} annex rows`
  const warn = warnings ? color.yellow(`${warnings} warning${warnings === 1 ? '' : 's'}`) : color.green('no warnings')
  return `${color.bold(name)}: ${what.join(' · ')} — ${counts} — ${warn}`
}
