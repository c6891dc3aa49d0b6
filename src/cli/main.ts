/**
 * The command line: declares commands and options, normalises them, then hands over to `run`.
 * The only place (with run.ts and the other cli/ modules) that touches process, files and chalk.
 */
import {Command, CommanderError, Option} from 'commander'
import {createRequire} from 'node:module'

export type OutputFormat = 'json' | 'ndjson'

export interface CliOptions {
  readonly inputs: readonly string[]
  readonly format: OutputFormat
  readonly outDir: string | null
  readonly quiet: boolean
  readonly strict: boolean
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
    .addOption(new Option('-f, --format <format>', 'output format on stdout').choices(['json', 'ndjson']).default('json'))
    .option('-o, --out-dir <dir>', 'write one <input-name>.json per input into this directory instead of stdout')
    .option('-q, --quiet', 'no summary on stderr', false)
    .option('--strict', 'exit 1 when any document has warnings', false)
    .showHelpAfterError('(run resolution-extract --help for usage)')
    .exitOverride()
    .action(async (inputs: string[], options: {format: OutputFormat; outDir?: string; quiet: boolean; strict: boolean}) => {
      const {run} = await import('./run.js')
      exitCode = await run({inputs, format: options.format, outDir: options.outDir ?? null, quiet: options.quiet, strict: options.strict})
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
