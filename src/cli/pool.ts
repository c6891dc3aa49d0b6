/**
 * A pool of worker threads running `runJob` (see worker.ts), one job per worker at a time, jobs
 * dispatched first come first served. A job that runs over its time budget fails alone with
 * `timeout`: its worker is terminated and replaced. A worker that dies (out of memory, a crash)
 * fails its job alone the same way. Only a worker that cannot start at all (a broken installation)
 * makes the jobs reject.
 */
import {type ResourceLimits, Worker} from 'node:worker_threads'
import {timedOut} from './failures.js'
import type {JobOutcome, JobRequest} from './job.js'
import type {WorkerMessage} from './worker.js'

export interface PoolOptions {
  /** Most worker threads alive at once. */
  readonly size: number
  /** Budget per job in milliseconds, from the moment a ready worker receives it; 0 for none. */
  readonly timeoutMs: number
  /** Workers to start at once, before any job, so that they load while the caller gets ready. */
  readonly prestart?: number
  readonly resourceLimits?: ResourceLimits
}

interface Job {
  readonly request: JobRequest
  readonly resolve: (outcome: JobOutcome) => void
  readonly reject: (error: Error) => void
}

interface Slot {
  readonly worker: Worker
  ready: boolean
  job: Job | null
  timer: NodeJS.Timeout | null
  retired: boolean
}

const WORKER_URL = new URL('./worker.js', import.meta.url)
/** Output buffers larger than this are left to the garbage collector rather than reused. */
const MAX_SPARE_BYTES = 4 * 1024 * 1024

export class WorkerPool {
  readonly #options: PoolOptions
  #size: number
  readonly #slots = new Set<Slot>()
  readonly #queue: Job[] = []
  readonly #spares: ArrayBuffer[] = []
  #fatal: Error | null = null

  constructor(options: PoolOptions) {
    this.#options = options
    this.#size = options.size
    for (let index = 0; index < Math.min(options.prestart ?? 0, options.size); index++) this.#spawn()
  }

  /** Lower the number of workers the pool may start (at least one); workers already started stay. */
  limit(size: number): void {
    this.#size = Math.max(1, Math.min(size, this.#options.size))
  }

  /**
   * The outcome of one job. Rejects only when workers cannot start at all (a broken installation: an
   * internal error), so that the run does not wait forever.
   */
  run(request: JobRequest): Promise<JobOutcome> {
    return new Promise((resolve, reject) => {
      if (this.#fatal) return reject(this.#fatal)
      this.#queue.push({request, resolve, reject})
      this.#dispatch()
    })
  }

  /**
   * Hand back the buffer of an output that has been written (nothing else may hold it): the next job
   * takes it to a worker, to be filled again.
   */
  recycle(buffer: ArrayBuffer): void {
    if (buffer.byteLength <= MAX_SPARE_BYTES && this.#spares.length < this.#options.size * 4) this.#spares.push(buffer)
  }

  /** Stop every worker now (jobs in flight are abandoned). */
  async close(): Promise<void> {
    const slots = [...this.#slots]
    for (const slot of slots) this.#retire(slot)
    await Promise.all(slots.map((slot) => slot.worker.terminate()))
  }

  #dispatch(): void {
    for (const slot of this.#slots) {
      if (this.#queue.length === 0) return
      if (slot.ready && !slot.job) this.#start(slot, this.#queue.shift() as Job)
    }
    // Start another worker while jobs wait and the pool is not full (each asks for one job when ready).
    let starting = [...this.#slots].filter((slot) => !slot.ready).length
    while (this.#queue.length > starting && this.#slots.size < this.#size) {
      this.#spawn()
      starting++
    }
  }

  #spawn(): void {
    const worker = new Worker(WORKER_URL, this.#options.resourceLimits ? {resourceLimits: this.#options.resourceLimits} : {})
    const slot: Slot = {worker, ready: false, job: null, timer: null, retired: false}
    this.#slots.add(slot)
    worker.on('message', (message: WorkerMessage) => {
      if (slot.retired) return
      if (message.type === 'ready') {
        slot.ready = true
      } else if (slot.job) {
        const {job} = slot
        this.#finish(slot)
        job.resolve(message.outcome)
      }
      this.#dispatch()
    })
    worker.on('error', (error: Error & {code?: string}) => this.#lose(slot, error))
    worker.on('exit', (code) => this.#lose(slot, new Error(`worker thread exited with code ${code}`)))
  }

  #start(slot: Slot, job: Job): void {
    slot.job = job
    const spare = this.#spares.pop()
    if (spare) slot.worker.postMessage({...job.request, spare}, [spare])
    else slot.worker.postMessage(job.request)
    const {timeoutMs} = this.#options
    if (timeoutMs > 0) {
      slot.timer = setTimeout(() => {
        this.#replace(slot, {ok: false, path: job.request.path, ...timedOut(timeoutMs)})
      }, timeoutMs)
    }
  }

  #finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = null
    slot.job = null
  }

  /** A worker died or stopped answering: fail its job alone, and carry on with a fresh worker. */
  #lose(slot: Slot, error: Error & {code?: string}): void {
    if (slot.retired) return
    if (!slot.ready && !slot.job) {
      // It never started: a broken installation, not a bad input. Retrying would loop.
      this.#retire(slot)
      this.#fatal = error
      for (const job of this.#queue.splice(0)) job.reject(error)
      return
    }
    const job = slot.job
    const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
    this.#replace(
      slot,
      job && {
        ok: false,
        path: job.request.path,
        code: outOfMemory ? 'out-of-memory' : 'worker-crashed',
        message: outOfMemory ? 'ran out of memory while processing the file' : `the worker thread processing the file failed: ${error.message}`
      }
    )
  }

  #replace(slot: Slot, outcome: JobOutcome | null): void {
    const job = slot.job
    this.#retire(slot)
    void slot.worker.terminate()
    if (job && outcome) job.resolve(outcome)
    this.#dispatch()
  }

  #retire(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = null
    slot.job = null
    slot.retired = true
    this.#slots.delete(slot)
  }
}
