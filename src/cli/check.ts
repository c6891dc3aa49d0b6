/**
 * `--check`: compare the files a run would write with those in the output directory, like
 * `prettier --check`, but saying what changed: the files that differ, are missing or are extra, each
 * with the first lines that differ.
 */
import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'

export interface FileDifference {
  readonly file: string
  readonly kind: 'changed' | 'missing' | 'extra'
  /** A short line diff: "-" lines as committed, "+" lines as they would be written. */
  readonly diff: string[]
}

const MAX_DIFF_LINES = 6

/**
 * Compare `expected` (a directory with a fresh run's output) with `actual` (the committed output).
 * Only the files the run writes are compared, plus files of the same kinds (`.json`, `.csv`) in
 * `actual` that the run would not write (stale records of removed inputs).
 */
export async function compareDirectories(expected: string, actual: string): Promise<FileDifference[]> {
  const fresh = (await readdir(expected)).filter((name) => !name.startsWith('.')).sort()
  const existing = new Set((await readdir(actual).catch(() => [] as string[])).filter((name) => !name.startsWith('.')))
  const differences: FileDifference[] = []
  for (const name of fresh) {
    const want = await readFile(join(expected, name), 'utf8')
    if (!existing.has(name)) {
      differences.push({file: name, kind: 'missing', diff: []})
      continue
    }
    const have = await readFile(join(actual, name), 'utf8')
    if (have !== want) differences.push({file: name, kind: 'changed', diff: lineDiff(have, want)})
  }
  const written = new Set(fresh)
  for (const name of [...existing].sort()) {
    if (!written.has(name) && /\.(?:json|csv)$/.test(name)) differences.push({file: name, kind: 'extra', diff: []})
  }
  return differences
}

/** The first differing lines, after the common start and before the common end. */
export function lineDiff(before: string, after: string): string[] {
  const a = before.split('\n')
  const b = after.split('\n')
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const removed = a.slice(start, endA).map((line) => `- ${line.trim()}`)
  const added = b.slice(start, endB).map((line) => `+ ${line.trim()}`)
  const lines = [`@@ line ${start + 1}`, ...removed.slice(0, MAX_DIFF_LINES / 2), ...added.slice(0, MAX_DIFF_LINES / 2)]
  const hidden = removed.length + added.length - Math.min(removed.length, MAX_DIFF_LINES / 2) - Math.min(added.length, MAX_DIFF_LINES / 2)
  if (hidden > 0) lines.push(`… ${hidden} more changed lines`)
  return lines
}
