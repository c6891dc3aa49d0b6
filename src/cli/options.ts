/**
 * Parsers for the option values that commander hands over as strings. Each returns the normalised
 * value or throws `InvalidArgumentError` saying what was given and what was expected (a usage error,
 * exit 2). No dependencies beyond commander, so `--version` stays cheap.
 */
import {InvalidArgumentError} from 'commander'

/** `--shard K/N`: take the K-th of N contiguous ranges of the sorted inputs (K is 1-based). */
export interface Shard {
  readonly index: number
  readonly count: number
}

/** Default of `--max-bytes`: 20 MB, far above any real resolution (the seeds are 10-110 kB). */
export const DEFAULT_MAX_BYTES = 20_000_000
/** Default of `--timeout-ms`: a 20 MB file takes a few seconds; a file still running after 30 s is stuck. */
export const DEFAULT_TIMEOUT_MS = 30_000

const BYTE_UNITS: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3
}

/** `--jobs N`: a whole number from 1. */
export function parseJobs(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError(`expected a whole number of worker threads from 1, got "${value}".`)
  return Number(value)
}

/** `--shard K/N` with 1 <= K <= N. */
export function parseShard(value: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count) throw new InvalidArgumentError(`expected K/N with 1 <= K <= N (for example 2/4), got "${value}".`)
  return {index, count}
}

/** `--max-bytes SIZE`: bytes, or with a unit B, KB, MB, GB (powers of 1000) or KiB, MiB, GiB (of 1024). 0: no limit. */
export function parseByteSize(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value)
  const unit = BYTE_UNITS[(match?.[2] ?? '').toLowerCase()]
  if (!match || unit === undefined) throw new InvalidArgumentError(`expected a size in bytes such as 20000000, 50MB or 1MiB, got "${value}".`)
  return Math.floor(Number(match[1]) * unit)
}

/** `--timeout-ms N`: milliseconds per file, 0 for no budget. */
export function parseTimeout(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError(`expected a whole number of milliseconds (0 for no limit), got "${value}".`)
  return Number(value)
}

/** "20000000" -> "20 MB", "1048576" -> "1 MiB", "1500" -> "1500 bytes": for messages. */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of [['GiB', 1024 ** 3], ['GB', 1e9], ['MiB', 1024 ** 2], ['MB', 1e6], ['KiB', 1024], ['kB', 1e3]] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`
  }
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB (${bytes} bytes)` : `${bytes} bytes`
}
