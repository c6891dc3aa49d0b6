import {afterEach, describe, expect, it} from 'vitest'
import type {JobOutcome} from '../src/cli/job.js'
import {WorkerPool} from '../src/cli/pool.js'

const FAKE_WORKER = new URL('./helpers/pool-worker.mjs', import.meta.url)
const BROKEN_WORKER = new URL('./helpers/pool-worker-broken.mjs', import.meta.url)

let pool: WorkerPool | null = null
afterEach(async () => {
  await pool?.close()
  pool = null
})

function start(size: number, timeoutMs: number, workerUrl = FAKE_WORKER): WorkerPool {
  pool = new WorkerPool({size, timeoutMs, workerUrl})
  return pool
}

const run = (target: WorkerPool, path: string) => target.run({path, shape: 'line', maxBytes: 0})

/** The path and the outcome code (`ok` for a success) of each outcome. */
const codes = (outcomes: readonly JobOutcome[]) => outcomes.map((outcome) => [outcome.path, outcome.ok ? 'ok' : outcome.code])
/** The worker thread that ran a successful job (the stand-in writes it in the output). */
const thread = (outcome: JobOutcome) => (outcome.ok ? String(outcome.output).split(' by ')[1] : null)

describe('WorkerPool', () => {
  it('should answer every job, with its own outcome, on up to `size` workers', async () => {
    const target = start(2, 5000)
    const paths = Array.from({length: 40}, (_, index) => `file-${index}`)
    const outcomes = await Promise.all(paths.map((path) => run(target, path)))
    expect(outcomes.map((outcome) => outcome.ok && outcome.output)).toEqual(paths.map((path, index) => `${path} by ${thread(outcomes[index] as JobOutcome)}`))
    expect(new Set(outcomes.map(thread)).size).toBeLessThanOrEqual(2)
  })

  it('should fail a job over its budget alone, and run the job its worker held next on a fresh worker', async () => {
    // One worker: it holds `after` in its queue while `hang` runs.
    const target = start(1, 300)
    const started = performance.now()
    const outcomes = await Promise.all([run(target, 'hang'), run(target, 'after'), run(target, 'last')])
    expect(codes(outcomes)).toEqual([
      ['hang', 'timeout'],
      ['after', 'ok'],
      ['last', 'ok']
    ])
    expect(performance.now() - started).toBeLessThan(5000)
  })

  it("should count a job's budget from the moment its worker starts it, not from when it was sent", async () => {
    // Three jobs of 250 ms on one worker, against a budget of 400 ms each: the third ends 750 ms after
    // it was sent, but 250 ms after it started.
    const target = start(1, 400)
    const outcomes = await Promise.all(['busy-250', 'busy-250', 'busy-250'].map((path) => run(target, path)))
    expect(codes(outcomes).map(([, code]) => code)).toEqual(['ok', 'ok', 'ok'])
  })

  it('should fail the job of a worker that dies alone, and run the job it held next on a fresh worker', async () => {
    const target = start(1, 0)
    const outcomes = await Promise.all([run(target, 'before'), run(target, 'crash'), run(target, 'after')])
    expect(codes(outcomes)).toEqual([
      ['before', 'ok'],
      ['crash', 'worker-crashed'],
      ['after', 'ok']
    ])
    expect(thread(outcomes[2] as JobOutcome)).not.toBe(thread(outcomes[0] as JobOutcome))
  })

  it('should reject the jobs when no worker can start (a broken installation), rather than wait forever', async () => {
    const target = start(2, 0, BROKEN_WORKER)
    await expect(Promise.all([run(target, 'one'), run(target, 'two')])).rejects.toThrow('cannot load the pipeline')
  })
})
