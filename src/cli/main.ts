/**
 * The command line: declares commands and options, normalises them, then hands over to `run`.
 * The only place (with run.ts and the other cli/ modules) that touches process, files and chalk.
 * Only commander is loaded up front: `--version` and `--help` need nothing else.
 */
import {Command, CommanderError, Option} from 'commander'
import {createRequire} from 'node:module'
import {availableParallelism} from 'node:os'
import {DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, parseByteSize, parseJobs, parseShard, parseTimeout, type Shard} from './options.js'

export type OutputFormat = 'json' | 'ndjson' | 'csv' | 'tsv'

/** Tables of the CSV/TSV output (kept here so that --help needs no other module). */
export const TABLE_CHOICES = ['documents', 'indicators', 'targets', 'tasks', 'footnotes', 'appendix'] as const
export type TableChoice = (typeof TABLE_CHOICES)[number]

export interface CliOptions {
  readonly inputs: readonly string[]
  readonly format: OutputFormat
  readonly outDir: string | null
  readonly quiet: boolean
  readonly strict: boolean
  /** Files processed at once (worker threads). */
  readonly jobs: number
  /** A file listing inputs, one per line, or `-` for standard input. */
  readonly filesFrom: string | null
  readonly shard: Shard | null
  /** Largest input read, in bytes; 0 for no limit. */
  readonly maxBytes: number
  /** Time budget per file in milliseconds; 0 for none. */
  readonly timeoutMs: number
  /** The table written by --format csv|tsv to standard output. */
  readonly table: TableChoice | null
  /** Write a UTF-8 byte-order mark before CSV/TSV. */
  readonly bom: boolean
  /** With --out-dir: write all tables as CSV and datapackage.json. */
  readonly dataset: boolean
  /** With --out-dir: compare instead of writing. */
  readonly check: boolean
}

interface ParsedOptions {
  format: OutputFormat
  outDir?: string
  quiet: boolean
  strict: boolean
  jobs: number
  filesFrom?: string
  shard?: Shard
  maxBytes: number
  timeoutMs: number
  table?: TableChoice
  bom: boolean
  dataset: boolean
  check: boolean
}

const require = createRequire(import.meta.url)
const {version} = require('../../package.json') as {version: string}

/** Run the CLI with `argv` (as in process.argv); resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0
  const program = new Command()
    .name('resolution-extract')
    .description('Turn Vietnamese local-government resolution and report texts into validated JSON records.')
    .version(version, '-v, --version')
    .argument('[inputs...]', 'files, directories (their *.txt), glob patterns, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'ndjson', 'csv', 'tsv']).default('json'))
    .addOption(new Option('--table <name>', 'with csv/tsv on stdout: the table to write').choices([...TABLE_CHOICES]))
    .option('--bom', 'write a UTF-8 byte-order mark before CSV/TSV (for Excel)', false)
    .option('-o, --out-dir <dir>', 'write one <input-name>.json per input into this directory instead of stdout')
    .option('--dataset', 'with --out-dir: write every table as CSV plus datapackage.json', false)
    .option('--check', 'with --out-dir: write nothing, exit 1 listing the files that would change', false)
    .option('-q, --quiet', 'no summary on stderr', false)
    .option('--strict', 'exit 1 when any document has warnings', false)
    .addOption(new Option('-j, --jobs <n>', 'files processed at once, in worker threads').argParser(parseJobs).default(availableParallelism(), 'available cores'))
    .option('--files-from <file>', 'read more inputs from this file (- for standard input), one path per line; blank lines and # comments ignored')
    .option('--shard <k/n>', 'process only the k-th of n contiguous parts of the sorted inputs (k from 1)', parseShard)
    .addOption(new Option('--max-bytes <size>', 'skip larger files with an error (bytes, or 50MB, 1MiB...; 0: no limit)').argParser(parseByteSize).default(DEFAULT_MAX_BYTES, '20MB'))
    .addOption(new Option('--timeout-ms <ms>', 'stop a file that takes longer, with an error (0: no limit)').argParser(parseTimeout).default(DEFAULT_TIMEOUT_MS))
    .showHelpAfterError('(run resolution-extract --help for usage)')
    .exitOverride()
    .action(async (inputs: string[], options: ParsedOptions) => {
      const usage = checkCombinations(options)
      if (usage) {
        process.stderr.write(`error: ${usage} (run resolution-extract --help for usage)\n`)
        exitCode = 2
        return
      }
      const {run} = await import('./run.js')
      exitCode = await run({
        inputs,
        format: options.format,
        outDir: options.outDir ?? null,
        quiet: options.quiet,
        strict: options.strict,
        jobs: options.jobs,
        filesFrom: options.filesFrom ?? null,
        shard: options.shard ?? null,
        maxBytes: options.maxBytes,
        timeoutMs: options.timeoutMs,
        table: options.table ?? null,
        bom: options.bom,
        dataset: options.dataset || (options.outDir !== undefined && (options.format === 'csv' || options.format === 'tsv')),
        check: options.check
      })
    })
  program
    .command('schema')
    .description('print the JSON Schema of a document record')
    .action(async () => {
      const {printSchema} = await import('./schema-command.js')
      printSchema()
    })
  try {
    await program.parseAsync([...argv])
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with code 0; anything else commander rejects is a usage error.
      return error.exitCode === 0 ? 0 : 2
    }
    throw error
  }
  return exitCode
}

/** Options that make sense alone but not together: a usage error, said in one line. */
function checkCombinations(options: ParsedOptions): string | null {
  const tabular = options.format === 'csv' || options.format === 'tsv'
  if (options.dataset && !options.outDir) return '--dataset writes files: give it --out-dir DIR'
  if (options.check && !options.outDir) return '--check compares with a directory: give it --out-dir DIR'
  if (tabular && !options.outDir && !options.table) return `--format ${options.format} writes one table: add --table (${TABLE_CHOICES.join(', ')})`
  if (options.table && !tabular) return '--table goes with --format csv or tsv'
  if (options.bom && !tabular && !options.dataset) return '--bom goes with --format csv or tsv, or --dataset'
  return null
}
