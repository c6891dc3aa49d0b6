/**
 * Resolve the command line's inputs to a sorted list of sources: files, directories (their *.txt),
 * glob patterns (expanded here too, so a quoted "seeds/*.txt" works in shells that do not expand), and
 * `-` for standard input. Paths listed with --files-from are taken literally (never as patterns).
 */
import {stat} from 'node:fs/promises'
import fg from 'fast-glob'
import type {Shard} from './options.js'

export const STDIN_PATH = '<stdin>'

/** `size`: bytes when the file was listed (a hint for planning the work; the file may change). */
export type InputSource = {readonly kind: 'file'; readonly path: string} | {readonly kind: 'stdin'; readonly path: typeof STDIN_PATH}

/** A source that failed before it could be read: reported per file, the run goes on. */
export interface InputProblem {
  readonly kind: 'problem'
  readonly path: string
  readonly code: string
  readonly message: string
}

/** One item of the run, in output order: a source to read, or a problem already known. */
export type InputEntry = InputSource | InputProblem

export interface ResolvedInputs {
  readonly sources: InputSource[]
  readonly problems: InputProblem[]
  /** Patterns that matched no file: a usage error. */
  readonly unmatched: string[]
}

const GLOB_CHARS = /[*?[\]{}]/

/**
 * `args` are command-line arguments (files, directories, patterns, `-`); `listed` are paths read from
 * a --files-from list: files or directories, never patterns, so names holding `[` or `*` are safe.
 */
export async function resolveInputs(args: readonly string[], listed: readonly string[] = []): Promise<ResolvedInputs> {
  const paths = new Set<string>()
  const problems: InputProblem[] = []
  const unmatched: string[] = []
  let stdin = false
  const items = [...args.map((arg) => ({arg, literal: false})), ...listed.map((arg) => ({arg, literal: true}))]
  for (const {arg, literal} of items) {
    if (arg === '-' && !literal) {
      stdin = true
      continue
    }
    const info = await stat(arg).catch(() => null)
    if (info?.isDirectory()) {
      // Names only: the stats of every file of a large directory cost tens of MB (see `measureInputs`).
      const found = await fg('*.txt', {cwd: arg, onlyFiles: true, caseSensitiveMatch: false})
      if (found.length === 0) problems.push({kind: 'problem', path: arg, code: 'empty-directory', message: 'directory holds no .txt file'})
      for (const name of found) paths.add(joinPath(arg, name))
    } else if (info) {
      paths.add(arg)
    } else if (!literal && GLOB_CHARS.test(arg)) {
      const found = await fg(toPosix(arg), {onlyFiles: true, dot: false})
      if (found.length === 0) unmatched.push(arg)
      for (const path of found) paths.add(path)
    } else {
      problems.push({kind: 'problem', path: arg, code: 'not-found', message: 'no such file or directory'})
    }
  }
  const sources: InputSource[] = [...paths].sort(comparePaths).map((path) => ({kind: 'file', path}))
  if (stdin) sources.unshift({kind: 'stdin', path: STDIN_PATH})
  return {sources, problems: dedupeProblems(problems), unmatched}
}

/**
 * Everything the run goes through, in the order of the output: standard input first, then files and
 * known problems merged in sorted path order, so that each problem belongs to exactly one shard.
 */
/**
 * The bytes of the input files, counted in order until `enough` (the rest is not looked at: a caller
 * that only needs to know whether the inputs reach a size asks about a few files, not thousands).
 * Files that cannot be read count 0; their problem is reported when they are processed.
 */
export async function measureInputs(entries: readonly InputEntry[], enough: number): Promise<number> {
  let bytes = 0
  for (const entry of entries) {
    if (bytes >= enough) break
    if (entry.kind !== 'file') continue
    const info = await stat(entry.path).catch(() => null)
    bytes += info?.isFile() ? info.size : 0
  }
  return bytes
}

export function orderEntries(resolved: ResolvedInputs): InputEntry[] {
  const stdin = resolved.sources.filter((source) => source.kind === 'stdin')
  const rest: InputEntry[] = [...resolved.sources.filter((source) => source.kind === 'file'), ...resolved.problems]
  return [...stdin, ...rest.sort((a, b) => comparePaths(a.path, b.path))]
}

/**
 * The K-th of N contiguous ranges of `entries`: indexes floor((K-1)·n/N) to floor(K·n/N). Concatenating
 * the outputs of shards 1..N in order gives the output of the unsharded run, byte for byte.
 */
export function selectShard<T>(entries: readonly T[], shard: Shard): T[] {
  const start = Math.floor(((shard.index - 1) * entries.length) / shard.count)
  const end = Math.floor((shard.index * entries.length) / shard.count)
  return entries.slice(start, end)
}

/** A --files-from list: one path per line; blank lines and lines starting with # are ignored; white space around a path is trimmed. */
export function parseFileList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}

/** Byte order of the path strings: the same on every machine and locale. */
function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function dedupeProblems(problems: readonly InputProblem[]): InputProblem[] {
  const seen = new Set<string>()
  return problems.filter((problem) => !seen.has(problem.path) && seen.add(problem.path))
}

function joinPath(directory: string, name: string): string {
  return directory.endsWith('/') ? directory + name : `${directory}/${name}`
}

function toPosix(pattern: string): string {
  return process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern
}
