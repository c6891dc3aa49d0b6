/**
 * Process the inputs: resolve them, read and extract each (in worker threads, or in-process with
 * --jobs 1 --timeout-ms 0), write the records in input order as they complete, summarise. One input's
 * failure never stops the others; the exit code says whether any failed.
 */
import {once} from 'node:events'
import {mkdtempSync, rmSync} from 'node:fs'
import {mkdir, readFile} from 'node:fs/promises'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import type {ResourceLimits} from 'node:worker_threads'
import {Chalk} from 'chalk'
import {formatDelimited} from '../write/delimited.js'
import {TABLES} from '../write/tables.js'
import {compareDirectories} from './check.js'
import {type DatasetRows, DatasetWriter} from './dataset.js'
import {formatDiagnostics} from './format-diagnostics.js'
import {PROGRESS_MIN_INPUTS, ProgressBar} from './progress.js'
import {type InputEntry, measureInputs, orderEntries, parseFileList, resolveInputs, selectShard, STDIN_PATH} from './inputs.js'
import {describeReadError, tooLarge} from './failures.js'
import type {JobOutcome, JobRequest, OutputShape, RecordSummary} from './job.js'
import type {CliOptions} from './main.js'
import {forEachOrdered} from './ordered.js'
import {WorkerPool} from './pool.js'
import {guardProcess} from './signals.js'
import {bytesThatMatter, workerCount} from './workers.js'
import {removeTemporaryFiles, writeFileAtomicSync} from './write.js'

export const EXIT_OK = 0
export const EXIT_FAILED = 1
export const EXIT_USAGE = 2

/**
 * Results held per worker, which bounds memory: the job running, the next in the worker's queue (see
 * pool.ts), and two waiting for their turn to be written or for a worker.
 */
const WINDOW_PER_JOB = 4
/**
 * Heap limits of a worker. A small young generation (semi-spaces of 4 MB) and a bounded old generation
 * keep V8 from growing each worker's heap far beyond what one document needs (the default limits scale
 * with the machine's memory); a 20 MB input needs under 256 MB of old generation. A file that needs
 * more fails alone (`out-of-memory`).
 */
const WORKER_YOUNG_MB = 12
const WORKER_OLD_MB_MIN = 512
const WORKER_OLD_MB_PER_INPUT_MB = 24

type Execute = (request: JobRequest) => Promise<JobOutcome>
/** Output that has been written: its buffer may be reused. */
type Recycle = (output: string | Uint8Array) => void

export async function run(options: CliOptions): Promise<number> {
  if (options.check && options.outDir) return runCheck({...options, outDir: options.outDir})
  return runInto(options)
}

/**
 * `--check`: write what the run would write into a temporary directory, compare it with --out-dir, and
 * list what differs: exit 1 when anything does (or an input failed), 0 when the directory is current.
 */
async function runCheck(options: CliOptions & {outDir: string}): Promise<number> {
  const stderr = process.stderr
  const color = new Chalk({level: stderr.isTTY ? 1 : 0})
  const fresh = mkdtempSync(join(tmpdir(), 'resolution-extract-check-'))
  try {
    const code = await runInto({...options, outDir: fresh, quiet: true, check: false})
    if (code === EXIT_USAGE) return code
    const differences = await compareDirectories(fresh, options.outDir)
    for (const difference of differences) {
      stderr.write(`${color.yellow(difference.kind)} ${join(options.outDir, difference.file)}\n`)
      for (const line of difference.diff) stderr.write(`  ${line}\n`)
    }
    if (differences.length === 0) stderr.write(`${options.outDir}: up to date\n`)
    else stderr.write(`${options.outDir}: ${differences.length} file${differences.length === 1 ? '' : 's'} out of date (run without --check to update)\n`)
    return differences.length > 0 || code !== EXIT_OK ? EXIT_FAILED : EXIT_OK
  } finally {
    rmSync(fresh, {recursive: true, force: true})
  }
}

async function runInto(options: CliOptions): Promise<number> {
  const stderr = process.stderr
  const color = new Chalk({level: stderr.isTTY ? 1 : 0})
  const engine = createEngine(options)
  try {
    const entries = await resolveEntries(options, engine.start, (message) => stderr.write(`${color.red('error')}: ${message}\n`))
    if (typeof entries === 'number') return entries
    const files = entries.filter((entry) => entry.kind !== 'problem').length
    // Sizes only as far as they can change the number of workers.
    const cores = availableParallelism()
    const bytes = await measureInputs(entries, bytesThatMatter(options.jobs, cores))
    const execute = await engine.ready(workerCount({jobs: options.jobs, files, bytes, cores}))
    return await processEntries(entries, execute, engine.recycle, engine.window, options, color)
  } finally {
    await engine.close()
  }
}

interface Engine {
  /** Start loading the pipeline (a worker, or the modules here), to overlap with input resolution. */
  readonly start: () => void
  /** The job runner, with at most `workers` workers. */
  readonly ready: (workers: number) => Promise<Execute>
  readonly recycle: Recycle
  /** Jobs started ahead of the output: bounds the records held in memory. */
  readonly window: number
  readonly close: () => Promise<void>
}

/**
 * Without a time budget and with one job at a time, files are processed on this thread: no worker to
 * start. Otherwise in a pool of workers, since only terminating a thread stops a runaway extraction.
 */
function createEngine(options: CliOptions): Engine {
  const inProcess = options.jobs === 1 && options.timeoutMs === 0
  let pool: WorkerPool | null = null
  let executor: Promise<Execute> | null = null
  const start = () => {
    if (inProcess) {
      executor ??= inProcessExecutor()
      executor.catch(() => {})
    } else {
      pool ??= new WorkerPool({size: options.jobs, timeoutMs: options.timeoutMs, prestart: 1, resourceLimits: workerLimits(options.maxBytes)})
    }
  }
  return {
    start,
    window: inProcess ? 1 : options.jobs * WINDOW_PER_JOB,
    recycle(output) {
      if (typeof output !== 'string' && output.byteOffset === 0) pool?.recycle(output.buffer as ArrayBuffer)
    },
    async ready(workers) {
      start()
      if (!pool) return executor as Promise<Execute>
      const started = pool
      started.limit(workers)
      return (request) => started.run(request)
    },
    async close() {
      await pool?.close()
    }
  }
}

function workerLimits(maxBytes: number): ResourceLimits {
  // No size limit: no heap limit either beyond V8's own.
  if (maxBytes === 0) return {maxYoungGenerationSizeMb: WORKER_YOUNG_MB}
  return {maxYoungGenerationSizeMb: WORKER_YOUNG_MB, maxOldGenerationSizeMb: Math.max(WORKER_OLD_MB_MIN, Math.ceil((maxBytes / 1e6) * WORKER_OLD_MB_PER_INPUT_MB))}
}

/**
 * The entries to process, in output order (sharded if asked), or the exit code of a usage error.
 * `prepare` is called once the options are known to be usable, before the (slower) input resolution.
 */
async function resolveEntries(options: CliOptions, prepare: () => void, reportUsage: (message: string) => void): Promise<InputEntry[] | number> {
  const usage = (message: string) => {
    reportUsage(message)
    return EXIT_USAGE
  }
  const inputs = [...options.inputs]
  let listed: string[] = []
  if (options.filesFrom !== null) {
    if (options.filesFrom === '-' && inputs.includes('-')) return usage('standard input cannot be both the --files-from list and an input')
    try {
      listed = parseFileList(options.filesFrom === '-' ? (await readStdin(0)).toString('utf8') : await readFile(options.filesFrom, 'utf8'))
    } catch (error) {
      return usage(`cannot read the --files-from list ${options.filesFrom}: ${(error as Error).message}`)
    }
  } else if (inputs.length === 0) {
    if (process.stdin.isTTY) return usage('no input given: name files, directories or patterns, or pipe text in (run resolution-extract --help)')
    inputs.push('-')
  }
  if (options.shard && inputs.includes('-')) return usage('--shard cannot split standard input: name the files, or list them with --files-from')
  prepare()
  const resolved = await resolveInputs(inputs, listed)
  if (resolved.unmatched.length > 0) {
    for (const pattern of resolved.unmatched) usage(`pattern matched no file: ${pattern}`)
    return EXIT_USAGE
  }
  const all = orderEntries(resolved)
  return options.shard ? selectShard(all, options.shard) : all
}

/** Run the entries through `execute`, at most `window` ahead; write records and failures in order. */
async function processEntries(
  entries: readonly InputEntry[],
  execute: Execute,
  recycle: Recycle,
  window: number,
  options: CliOptions,
  color: InstanceType<typeof Chalk>
): Promise<number> {
  const stderr = process.stderr
  const shape = outputShape(options)
  if (options.outDir) await mkdir(options.outDir, {recursive: true})
  const dataset = shape === 'dataset' && options.outDir ? new DatasetWriter(options.outDir, {bom: options.bom}) : null
  // A table on stdout: its header first (with the BOM if asked), whatever follows.
  if (typeof shape === 'object') await writeStdout(formatDelimited(TABLES[shape.table].fields, [], {delimiter: shape.delimiter, bom: options.bom}))
  const progress = stderr.isTTY && !options.quiet && entries.length >= PROGRESS_MIN_INPUTS ? new ProgressBar(stderr, entries.length) : null
  const log = (line: string) => (progress ? progress.log(line) : stderr.write(`${line}\n`))
  let done = 0
  let written = 0
  let failed = false
  let warned = false
  const unguard = guardProcess({
    cleanup: () => {
      removeTemporaryFiles()
      dataset?.abort()
    },
    progress: () => `${done} of ${entries.length} inputs done`
  })
  try {
    await forEachOrdered(entries, window, start, consume)
    if (shape === 'element') await writeStdout(written === 0 ? '[]\n' : '\n]\n')
    dataset?.finish()
    progress?.stop()
  } catch (error) {
    progress?.stop()
    dataset?.abort()
    throw error
  } finally {
    unguard()
  }
  if (failed) return EXIT_FAILED
  return options.strict && warned ? EXIT_FAILED : EXIT_OK

  function start(entry: InputEntry): Promise<JobOutcome> {
    if (entry.kind === 'problem') return Promise.resolve({ok: false, path: entry.path, code: entry.code, message: entry.message})
    if (entry.kind === 'file') return execute({path: entry.path, shape, maxBytes: options.maxBytes})
    return readStdin(options.maxBytes).then(
      (bytes) => execute({path: STDIN_PATH, shape, maxBytes: options.maxBytes, bytes}),
      (error: NodeJS.ErrnoException): JobOutcome => ({ok: false, path: STDIN_PATH, ...(error.code === 'too-large' ? {code: 'too-large', message: error.message} : describeReadError(error))})
    )
  }

  async function consume(outcome: JobOutcome): Promise<void> {
    done++
    progress?.tick()
    if (!outcome.ok) {
      reportFailure(outcome.path, outcome.code, outcome.message)
      return
    }
    if (outcome.summary.warnings > 0) warned = true
    if (dataset) {
      const text = typeof outcome.output === 'string' ? outcome.output : Buffer.from(outcome.output).toString('utf8')
      dataset.add(JSON.parse(text) as DatasetRows)
      recycle(outcome.output)
    } else if (options.outDir) {
      const target = join(options.outDir, `${outcome.name}.json`)
      try {
        // Synchronous: no signal handler can run while the temporary file exists.
        writeFileAtomicSync(target, outcome.output)
        recycle(outcome.output)
      } catch (error) {
        reportFailure(outcome.path, 'write-failed', `cannot write ${target}: ${(error as Error).message}`)
        return
      }
    } else {
      if (shape === 'element') await writeStdout(written === 0 ? '[\n' : ',\n')
      // Reuse the buffer only once the stream holds nothing of it (written through, not queued).
      if (process.stdout.write(outcome.output) && process.stdout.writableLength === 0) recycle(outcome.output)
      else await drained()
    }
    written++
    if (!options.quiet) {
      log(formatSummary(outcome.path, outcome.summary, color))
      for (const line of formatDiagnostics(outcome.path, outcome.summary.diagnostics, {color, infos: false})) log(`  ${line}`)
    }
  }

  function reportFailure(path: string, code: string, message: string): void {
    failed = true
    log(`${color.red('error')}: ${path}: ${message} [${code}]`)
  }
}

async function inProcessExecutor(): Promise<Execute> {
  const {runJob} = await import('./job.js')
  return async (request) => {
    // Let signals and stream errors be handled between files: runJob blocks this thread while it runs.
    await new Promise((resolve) => setImmediate(resolve))
    return runJob(request)
  }
}

/** Write to stdout, waiting when the pipe is full so that memory stays bounded. */
async function writeStdout(data: string | Uint8Array): Promise<void> {
  if (!process.stdout.write(data)) await drained()
}

async function drained(): Promise<void> {
  if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain')
}

/** Standard input, up to `maxBytes` (0: no limit); over it, rejects with a `too-large` error. */
async function readStdin(maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer)
    total += (chunk as Buffer).length
    if (maxBytes > 0 && total > maxBytes) {
      throw Object.assign(new Error(tooLarge(total, maxBytes, false).message), {code: 'too-large'})
    }
  }
  return Buffer.concat(chunks, total)
}

function formatSummary(path: string, summary: RecordSummary, color: InstanceType<typeof Chalk>): string {
  const what = [summary.kind + (summary.draft ? ' (draft)' : ''), summary.number ?? 'no number', summary.issuer ?? 'unknown issuer', summary.planYear ?? 'no plan year']
  const counts = `${summary.indicators} indicators, ${summary.tasks} tasks, ${summary.footnotes} footnotes, ${summary.annexRows} annex rows`
  const {warnings} = summary
  const warn = warnings ? color.yellow(`${warnings} warning${warnings === 1 ? '' : 's'}`) : color.green('no warnings')
  return `${color.bold(path)}: ${what.join(' · ')} — ${counts} — ${warn}`
}

function outputShape(options: CliOptions): OutputShape {
  if (options.outDir) return options.dataset ? 'dataset' : 'file'
  if (options.format === 'csv' || options.format === 'tsv') {
    return {table: options.table ?? 'documents', delimiter: options.format === 'tsv' ? '\t' : ','}
  }
  return options.format === 'ndjson' ? 'line' : 'element'
}
