/**
 * A worker thread of the pool: says `ready` once the pipeline is loaded, then answers each job with its
 * outcome, one at a time. The pool terminates it when a job runs over its time budget.
 *
 * The output goes back as UTF-8 bytes in a transferred ArrayBuffer, and the main thread hands the
 * buffers back (`spare`) once written: the records never enter the main thread's heap, so its memory
 * stays flat however many documents go through.
 */
import {parentPort} from 'node:worker_threads'
import {type JobOutcome, type JobRequest, runJob} from './job.js'

export type WorkerMessage = {readonly type: 'ready'} | {readonly type: 'done'; readonly outcome: JobOutcome}

/** Buffers kept for reuse. */
const MAX_SPARES = 4
/** New buffers are rounded up to this, so that they fit more of the next outputs. */
const BUFFER_GRAIN = 64 * 1024

const port = parentPort
if (!port) throw new Error('cli/worker.js runs only as a worker thread (see cli/pool.js)')
const spares: ArrayBuffer[] = []
const encoder = new TextEncoder()

port.on('message', (request: JobRequest) => {
  if (request.spare && spares.length < MAX_SPARES) spares.push(request.spare)
  const outcome = runJob(request)
  if (!outcome.ok || typeof outcome.output !== 'string') {
    port.postMessage({type: 'done', outcome} satisfies WorkerMessage)
    return
  }
  const output = encode(outcome.output)
  port.postMessage({type: 'done', outcome: {...outcome, output}} satisfies WorkerMessage, [output.buffer as ArrayBuffer])
})
port.postMessage({type: 'ready'} satisfies WorkerMessage)

/**
 * The UTF-8 bytes of `text`, in a spare buffer when one is large enough. UTF-8 takes at most three bytes
 * per UTF-16 code unit, so a buffer of three times the length always holds the text: that spares
 * measuring it first (`Buffer.byteLength` reads the whole two-byte string, as long as encoding it).
 */
function encode(text: string): Uint8Array {
  const capacity = text.length * 3
  const index = spares.findIndex((spare) => spare.byteLength >= capacity)
  const buffer = index === -1 ? new ArrayBuffer(Math.ceil(capacity / BUFFER_GRAIN) * BUFFER_GRAIN) : (spares.splice(index, 1)[0] as ArrayBuffer)
  const {written} = encoder.encodeInto(text, new Uint8Array(buffer))
  return new Uint8Array(buffer, 0, written)
}
