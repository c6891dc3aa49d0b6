/**
 * Resolve the command line's inputs to a sorted list of sources: files, directories (their *.txt),
 * glob patterns (expanded here too, so a quoted "seeds/*.txt" works in shells that do not expand), and
 * `-` for standard input.
 */
import {stat} from 'node:fs/promises'
import fg from 'fast-glob'

export const STDIN_PATH = '<stdin>'

export type InputSource = {readonly kind: 'file'; readonly path: string} | {readonly kind: 'stdin'; readonly path: typeof STDIN_PATH}

/** A source that failed before it could be read: reported per file, the run goes on. */
export interface InputProblem {
  readonly path: string
  readonly code: string
  readonly message: string
}

export interface ResolvedInputs {
  readonly sources: InputSource[]
  readonly problems: InputProblem[]
  /** Patterns that matched no file: a usage error. */
  readonly unmatched: string[]
}

const GLOB_CHARS = /[*?[\]{}]/

export async function resolveInputs(args: readonly string[]): Promise<ResolvedInputs> {
  const paths = new Set<string>()
  const problems: InputProblem[] = []
  const unmatched: string[] = []
  let stdin = false
  for (const arg of args) {
    if (arg === '-') {
      stdin = true
      continue
    }
    const info = await stat(arg).catch(() => null)
    if (info?.isDirectory()) {
      const found = await fg('*.txt', {cwd: arg, onlyFiles: true, caseSensitiveMatch: false})
      if (found.length === 0) problems.push({path: arg, code: 'empty-directory', message: 'directory holds no .txt file'})
      for (const name of found) paths.add(joinPath(arg, name))
    } else if (info) {
      paths.add(arg)
    } else if (GLOB_CHARS.test(arg)) {
      const found = await fg(toPosix(arg), {onlyFiles: true, dot: false})
      if (found.length === 0) unmatched.push(arg)
      for (const path of found) paths.add(path)
    } else {
      problems.push({path: arg, code: 'not-found', message: 'no such file or directory'})
    }
  }
  const sources: InputSource[] = [...paths].sort(comparePaths).map((path) => ({kind: 'file', path}))
  if (stdin) sources.unshift({kind: 'stdin', path: STDIN_PATH})
  return {sources, problems, unmatched}
}

/** Byte order of the path strings: the same on every machine and locale. */
function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function joinPath(directory: string, name: string): string {
  return directory.endsWith('/') ? directory + name : `${directory}/${name}`
}

function toPosix(pattern: string): string {
  return process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern
}
