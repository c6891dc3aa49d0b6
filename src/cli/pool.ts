/**
 * A pool of worker threads running `runJob` (see worker.ts), jobs dispatched first come first served.
 * A worker runs one job at a time, and holds the next in its message queue (`QUEUED_PER_WORKER`) so
 * that it starts it as soon as it posts the previous outcome, without waiting for this thread to be
 * scheduled and answer: on a machine whose cores are all busy with workers, that round trip cost a
 * worker 1-3 ms per job, a quarter of its time on documents of 40 KB.
 *
 * A job that runs over its time budget fails alone with `timeout`: its worker is terminated and
 * replaced, and the job queued behind it goes back to the head of the pool's queue. A worker that dies
 * (out of memory, a crash) fails its running job alone the same way. Only a worker that cannot start
 * at all (a broken installation) makes the jobs reject.
 */
import {type ResourceLimits, Worker} from 'node:worker_threads'
import {timedOut} from './failures.js'
import type {JobOutcome, JobRequest} from './job.js'
import type {WorkerMessage} from './worker.js'

export interface PoolOptions {
  /** Most worker threads alive at once. */
  readonly size: number
  /**
   * Budget per job in milliseconds, from the moment its worker starts it (as this thread sees it: when
   * the job is sent to an idle worker, or when the worker reports the job before it done); 0 for none.
   */
  readonly timeoutMs: number
  /** Workers to start at once, before any job, so that they load while the caller gets ready. */
  readonly prestart?: number
  readonly resourceLimits?: ResourceLimits
  /** The worker's module: cli/worker.js, or a stand-in that speaks its protocol (tests). */
  readonly workerUrl?: URL
}

interface Job {
  readonly request: JobRequest
  readonly resolve: (outcome: JobOutcome) => void
  readonly reject: (error: Error) => void
}

interface Slot {
  readonly worker: Worker
  ready: boolean
  /** Jobs sent to the worker, in the order it runs them: the first is running, the others wait. */
  readonly jobs: Job[]
  /** The time budget of the running job. */
  timer: NodeJS.Timeout | null
  retired: boolean
}

/** Jobs sent to a worker at once: the running one, and the next, ready in the worker's queue. */
const QUEUED_PER_WORKER = 2

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
    // An idle worker first; then another worker while jobs wait and the pool is not full (each takes
    // jobs when ready); then the next job of each busy worker.
    for (const slot of this.#slots) {
      if (this.#queue.length === 0) return
      if (slot.ready && slot.jobs.length === 0) this.#send(slot, this.#queue.shift() as Job)
    }
    let starting = 0
    for (const slot of this.#slots) if (!slot.ready) starting++
    while (this.#queue.length > starting && this.#slots.size < this.#size) {
      this.#spawn()
      starting++
    }
    for (const slot of this.#slots) {
      if (this.#queue.length <= starting) return
      if (slot.ready && slot.jobs.length < QUEUED_PER_WORKER) this.#send(slot, this.#queue.shift() as Job)
    }
  }

  #spawn(): void {
    const worker = new Worker(this.#options.workerUrl ?? WORKER_URL, this.#options.resourceLimits ? {resourceLimits: this.#options.resourceLimits} : {})
    const slot: Slot = {worker, ready: false, jobs: [], timer: null, retired: false}
    this.#slots.add(slot)
    worker.on('message', (message: WorkerMessage) => {
      if (slot.retired) return
      if (message.type === 'ready') {
        slot.ready = true
      } else {
        const job = slot.jobs.shift()
        this.#stopTimer(slot)
        // The worker has started the next job it holds, if any.
        if (slot.jobs.length > 0) this.#startTimer(slot)
        job?.resolve(message.outcome)
      }
      this.#dispatch()
    })
    worker.on('error', (error: Error & {code?: string}) => this.#lose(slot, error))
    worker.on('exit', (code) => this.#lose(slot, new Error(`worker thread exited with code ${code}`)))
  }

  #send(slot: Slot, job: Job): void {
    slot.jobs.push(job)
    const spare = this.#spares.pop()
    if (spare) slot.worker.postMessage({...job.request, spare}, [spare])
    else slot.worker.postMessage(job.request)
    if (slot.jobs.length === 1) this.#startTimer(slot)
  }

  /** Start the time budget of the slot's running job. */
  #startTimer(slot: Slot): void {
    const {timeoutMs} = this.#options
    const job = slot.jobs[0]
    if (timeoutMs <= 0 || !job) return
    slot.timer = setTimeout(() => {
      this.#replace(slot, {ok: false, path: job.request.path, ...timedOut(timeoutMs)})
    }, timeoutMs)
  }

  #stopTimer(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = null
  }

  /** A worker died or stopped answering: fail its job alone, and carry on with a fresh worker. */
  #lose(slot: Slot, error: Error & {code?: string}): void {
    if (slot.retired) return
    if (!slot.ready && slot.jobs.length === 0) {
      // It never started: a broken installation, not a bad input. Retrying would loop.
      this.#retire(slot)
      this.#fatal = error
      for (const job of this.#queue.splice(0)) job.reject(error)
      return
    }
    const job = slot.jobs[0]
    const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
    this.#replace(
      slot,
      job
        ? {
            ok: false,
            path: job.request.path,
            code: outOfMemory ? 'out-of-memory' : 'worker-crashed',
            message: outOfMemory ? 'ran out of memory while processing the file' : `the worker thread processing the file failed: ${error.message}`
          }
        : null
    )
  }

  /**
   * Retire the slot's worker: its running job gets `outcome`, the jobs it had not started go back to
   * the head of the queue, in their order.
   */
  #replace(slot: Slot, outcome: JobOutcome | null): void {
    const [job, ...waiting] = slot.jobs
    this.#retire(slot)
    void slot.worker.terminate()
    this.#queue.unshift(...waiting)
    if (job && outcome) job.resolve(outcome)
    this.#dispatch()
  }

  #retire(slot: Slot): void {
    this.#stopTimer(slot)
    slot.jobs.length = 0
    slot.retired = true
    this.#slots.delete(slot)
  }
}
