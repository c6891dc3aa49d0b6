import {describe, expect, it} from 'vitest'
import {BYTES_PER_WORKER, bytesThatMatter, LAST_CORE_BYTES_PER_WORKER, workerCount} from '../src/cli/workers.js'

const MB = 1_000_000

describe('workerCount', () => {
  it('should start a worker per MB of input, at most --jobs and one per file', () => {
    expect(workerCount({jobs: 4, files: 100, bytes: 0, cores: 8})).toBe(1)
    expect(workerCount({jobs: 4, files: 100, bytes: 2.5 * MB, cores: 8})).toBe(3)
    expect(workerCount({jobs: 4, files: 100, bytes: 500 * MB, cores: 8})).toBe(4)
    expect(workerCount({jobs: 4, files: 2, bytes: 500 * MB, cores: 8})).toBe(2)
    expect(workerCount({jobs: 1, files: 100, bytes: 500 * MB, cores: 8})).toBe(1)
  })

  it('should leave the last core to the engine on batches too small to pay every worker its warm-up', () => {
    // Two cores: one worker up to 20 MB, two from there.
    expect(workerCount({jobs: 2, files: 500, bytes: 10 * MB, cores: 2})).toBe(1)
    expect(workerCount({jobs: 2, files: 500, bytes: 19.9 * MB, cores: 2})).toBe(1)
    expect(workerCount({jobs: 2, files: 500, bytes: 20 * MB, cores: 2})).toBe(2)
    // Eight cores: one worker fewer than the cores until each gets 10 MB.
    expect(workerCount({jobs: 8, files: 500, bytes: 30 * MB, cores: 8})).toBe(7)
    expect(workerCount({jobs: 8, files: 500, bytes: 80 * MB, cores: 8})).toBe(8)
    // More jobs than cores on a small batch: no more workers than cores less one.
    expect(workerCount({jobs: 16, files: 500, bytes: 30 * MB, cores: 8})).toBe(7)
    // One core: one worker, unless --jobs asks for more on a batch of 10 MB or more.
    expect(workerCount({jobs: 1, files: 500, bytes: 30 * MB, cores: 1})).toBe(1)
    expect(workerCount({jobs: 3, files: 500, bytes: 5 * MB, cores: 1})).toBe(1)
    expect(workerCount({jobs: 3, files: 500, bytes: 30 * MB, cores: 1})).toBe(3)
  })

  it('should not depend on bytes beyond bytesThatMatter', () => {
    for (const cores of [1, 2, 3, 4, 8, 16]) {
      for (const jobs of [1, 2, 3, 4, 8, 16, 32]) {
        const enough = bytesThatMatter(jobs, cores)
        const atEnough = workerCount({jobs, files: 10_000, bytes: enough, cores})
        for (const more of [1, BYTES_PER_WORKER, LAST_CORE_BYTES_PER_WORKER, 1e12]) {
          expect(workerCount({jobs, files: 10_000, bytes: enough + more, cores}), `jobs ${jobs}, cores ${cores}`).toBe(atEnough)
        }
      }
    }
  })
})
