/**
 * How many worker threads a batch deserves. Each worker is a fresh JavaScript engine that compiles and
 * warms up the pipeline again: measured on 2,000 documents, a second worker costs 1.5-2 s of CPU time
 * (the engine's optimising compiler runs on background threads, and its first few hundred documents
 * run ~3x slower than warm ones), as much as extracting 20-30 MB of text warm.
 *
 * While a worker warms up, it keeps about one and a half cores busy. When the workers take every core,
 * the compiler threads of each compete with the others, and on a 2-core machine `--jobs 2` was no
 * faster than `--jobs 1` up to 20 MB of input (4-20 MB: 0.98-1.17 times the wall time of one worker,
 * 1.3-1.5 times its CPU time), and faster above (41 MB: 0.86; 82 MB: 0.6-0.8). So:
 * - a worker for each `BYTES_PER_WORKER` of input (no worker is started for a few small files);
 * - the last core is left to the compiler and garbage-collector threads unless the batch gives every
 *   core `LAST_CORE_BYTES_PER_WORKER` of input. On machines with many cores this keeps one worker
 *   fewer on small batches; on two cores it runs small batches on one worker.
 */

/** Input bytes that justify one more worker, when cores are to spare. */
export const BYTES_PER_WORKER = 1_000_000
/** Input bytes per core from which a worker runs on every core (break-even measured on 2 cores: ~20 MB in all). */
export const LAST_CORE_BYTES_PER_WORKER = 10_000_000

export interface BatchSize {
  /** `--jobs`: the most workers the user allows. */
  readonly jobs: number
  /** Input files in the batch. */
  readonly files: number
  /** Their bytes, as counted by `measureInputs` up to `bytesThatMatter`. */
  readonly bytes: number
  /** Cores of the machine (`availableParallelism()`). */
  readonly cores: number
}

/** The number of workers for a batch: at least 1, at most `jobs` and the number of files. */
export function workerCount({jobs, files, bytes, cores}: BatchSize): number {
  let workers = Math.min(jobs, files, 1 + Math.floor(bytes / BYTES_PER_WORKER))
  if (workers >= cores && bytes < cores * LAST_CORE_BYTES_PER_WORKER) workers = cores - 1
  return Math.max(1, workers)
}

/** Input bytes beyond which `workerCount` no longer changes: inputs need not be measured further. */
export function bytesThatMatter(jobs: number, cores: number): number {
  return Math.max(jobs * BYTES_PER_WORKER, jobs >= cores ? cores * LAST_CORE_BYTES_PER_WORKER : 0)
}
