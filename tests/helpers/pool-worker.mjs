/**
 * A stand-in for cli/worker.js in tests/pool.test.ts: it speaks the same protocol (`ready`, then one
 * `done` per job, in the order received) and behaves as the job's path says: `hang` never ends,
 * `crash` ends the thread, `busy-N` works N ms before it answers, anything else answers at once with the path and the thread that ran it.
 */
import {parentPort, threadId} from 'node:worker_threads'

const summary = {kind: 'resolution', draft: false, number: null, issuer: null, planYear: null, indicators: 0, tasks: 0, footnotes: 0, annexRows: 0, warnings: 0, diagnostics: []}

parentPort.on('message', (request) => {
  if (request.path === 'hang') for (;;);
  if (request.path === 'crash') process.exit(3)
  if (request.path.startsWith('busy-')) {
    const end = performance.now() + Number(request.path.slice('busy-'.length))
    while (performance.now() < end);
  }
  parentPort.postMessage({type: 'done', outcome: {ok: true, path: request.path, name: request.path, output: `${request.path} by ${threadId}`, summary}})
})
parentPort.postMessage({type: 'ready'})
