#!/usr/bin/env node
/**
 * The benchmark of issue 7: `npm run bench` (builds first), or `node bench/run.mjs [options]` on a
 * built tree. Builds a corpus deterministically from the seeds (a seeded PRNG varies the figures of
 * each copy, so no two documents are alike) in a temporary directory, then measures in one run:
 *
 *   (a) library throughput, MB/s, single-threaded: `extract` over the corpus bytes held in memory,
 *       by wall time and by the process's CPU time (the figure to compare on a busy machine),
 *       median of --passes passes, after a warm-up pass over the first --warmup-docs documents (not
 *       counted: V8 compiles the hot functions during the first ~300 documents, which run ~3x slower);
 *   (b) remark-parse alone (`unified().use(remarkParse).parse(text)`) on the same texts (the first
 *       --remark-mb MB of them: it is slow), MB/s, median of the passes after a warm-up pass over a
 *       tenth of them (not counted). The passes of (a) and (b) alternate (library, remark-parse,
 *       library, ...), so that each pair meets the same load, and the ratio a/b is the median of the
 *       pairs' ratios;
 *   (c) the CLI on the corpus (`-q -f ndjson`, stdout to /dev/null): wall time, CPU time and peak RSS
 *       with --jobs 1 and --jobs 2, run in --cli-rounds alternating pairs (j1 j2, j2 j1, ...) so that
 *       each pair meets the same load from the machine's other tenants; the ratio reported is the
 *       median of the pairs' ratios. Then one pair (j1 j2) with 4x as many documents: peak RSS, to show
 *       it stays flat, and the ratio once more, to show how each engine's warm-up weighs less on a
 *       longer run (shown, not judged: the goal is the smaller corpus's). Beside the ratio, the least
 *       ratio the machine's cores allow for the CPU time the runs took (see `ratioFloor`), and the cores
 *       each run kept busy (CPU time / wall time);
 *   (d) start-up: median of --startup-runs runs of `node -e 0`, `resolution-extract --version`, and
 *       one seed file (default options, and in-process with -j 1 --timeout-ms 0).
 *
 * Peak RSS comes from `/usr/bin/time -f %M` (the kernel's maxrss of the child) when present, else
 * from polling /proc/<pid>/status (VmHWM, the kernel's high-water mark, read until the child exits).
 * The median of VmRSS sampled every 250 ms shows the level the run holds, beside its peak.
 *
 * Options: --docs N (2000), --big-docs N (4 x docs), --passes N (3), --warmup-docs N (300), --remark-mb N (8),
 * --cli-rounds N (3), --startup-runs N (10), --json (print the results as JSON instead of a table), --keep (keep the corpus).
 */
import {spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, cpus, loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BIN = join(ROOT, 'bin/resolution-extract.js')
const SEED_DIR = join(ROOT, 'seeds')
const SMALL_SEED = join(SEED_DIR, '004_8cf2f54e953284da.txt')
const TIME = '/usr/bin/time'

const {values: flags} = parseArgs({
  options: {
    docs: {type: 'string', default: '2000'},
    'big-docs': {type: 'string'},
    passes: {type: 'string', default: '3'},
    'warmup-docs': {type: 'string', default: '300'},
    'remark-mb': {type: 'string', default: '8'},
    'cli-rounds': {type: 'string', default: '3'},
    'startup-runs': {type: 'string', default: '10'},
    json: {type: 'boolean', default: false},
    keep: {type: 'boolean', default: false}
  }
})
const docs = positive(flags.docs, 'docs')
const bigDocs = flags['big-docs'] === undefined ? docs * 4 : positive(flags['big-docs'], 'big-docs')
const passes = positive(flags.passes, 'passes')
const warmupDocs = positive(flags['warmup-docs'], 'warmup-docs')
const remarkBytes = positive(flags['remark-mb'], 'remark-mb') * 1e6
const cliRounds = positive(flags['cli-rounds'], 'cli-rounds')
const startupRuns = positive(flags['startup-runs'], 'startup-runs')

if (!existsSync(join(ROOT, 'dist/index.js'))) fail('dist/ is missing: run `npm run build` first (npm run bench does).')
const {extract} = await import(join(ROOT, 'dist/index.js'))

const work = mkdtempSync(join(tmpdir(), 'resolution-extract-bench-'))
const log = (line) => process.stderr.write(`${line}\n`)
const results = {machine: {node: process.version, cores: availableParallelism(), cpu: cpus()[0]?.model ?? '?', loadAverage: loadavg()[0]}, corpus: {}, library: {}, remark: {}, ratio: {}, cli: {}, startup: {}}

try {
  // ---------------------------------------------------------------------------------------------
  log(`building corpora of ${docs} and ${bigDocs} documents in ${work}`)
  const seeds = readdirSync(SEED_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({stem: name.replace(/\.txt$/, ''), text: readFileSync(join(SEED_DIR, name), 'utf8')}))
  const small = writeCorpus(join(work, `corpus-${docs}`), seeds, docs)
  const big = writeCorpus(join(work, `corpus-${bigDocs}`), seeds, bigDocs)
  results.corpus = {docs, bytes: small.bytes, bigDocs, bigBytes: big.bytes}

  // The CLI runs first, while this process is small and idle: after (a) and (b) its heap is large
  // (265 MB) and it was seen taking CPU time beside the CLI runs, which on a 2-core machine is what a
  // second worker needs. `sync` first, so that the kernel is not writing the new corpus back to disk
  // during the first run.
  spawnSync('sync')

  // (c) ------------------------------------------------------------------------------------------
  const rssMethod = existsSync(TIME) ? `${TIME} -f %M` : '/proc/<pid>/status VmHWM'
  const runCli = async (jobs, corpus) => {
    log(`(c) CLI --jobs ${jobs} on ${corpus.files.length} documents`)
    const measured = await measure(['-q', '-f', 'ndjson', '--jobs', String(jobs), corpus.directory])
    if (measured.code !== 0) fail(`the CLI exited with ${measured.code}: ${measured.stderr.slice(0, 2000)}`)
    const cpu = Number.isNaN(measured.cpuSeconds) ? '' : `, CPU time ${measured.cpuSeconds.toFixed(2)} s`
    log(`    ${measured.seconds.toFixed(2)} s${cpu}, peak RSS ${measured.peakRssMb.toFixed(0)} MB, median ${measured.medianRssMb.toFixed(0)} MB`)
    return {jobs, docs: corpus.files.length, seconds: measured.seconds, cpuSeconds: measured.cpuSeconds, peakRssMb: measured.peakRssMb, medianRssMb: measured.medianRssMb}
  }
  const rounds = []
  for (let round = 0; round < cliRounds; round++) {
    // Alternate the order, so that neither setting always runs first (after the corpus is written, in a warm page cache).
    const order = round % 2 === 0 ? [1, 2] : [2, 1]
    const runs = {}
    for (const jobs of order) runs[`jobs${jobs}`] = await runCli(jobs, small)
    rounds.push({...runs, ratio: runs.jobs2.seconds / runs.jobs1.seconds, floor: ratioFloor(runs.jobs1, runs.jobs2)})
  }
  const medianRun = (name) => {
    const runs = rounds.map((round) => round[name])
    const pick = (key) => median(runs.map((run) => run[key]))
    return {jobs: runs[0].jobs, docs: runs[0].docs, seconds: pick('seconds'), cpuSeconds: pick('cpuSeconds'), peakRssMb: Math.max(...runs.map((run) => run.peakRssMb)), medianRssMb: pick('medianRssMb')}
  }
  results.cli.jobs1 = medianRun('jobs1')
  results.cli.jobs2 = medianRun('jobs2')
  results.cli.rounds = rounds
  results.cli.ratio = median(rounds.map((round) => round.ratio))
  results.cli.floor = median(rounds.map((round) => round.floor))
  results.cli.coresUsed = {jobs1: median(rounds.map((round) => round.jobs1.cpuSeconds / round.jobs1.seconds)), jobs2: median(rounds.map((round) => round.jobs2.cpuSeconds / round.jobs2.seconds))}
  results.cli.jobs1Big = await runCli(1, big)
  results.cli.jobs2Big = await runCli(2, big)
  results.cli.ratioBig = results.cli.jobs2Big.seconds / results.cli.jobs1Big.seconds
  results.cli.rssMethod = rssMethod

  // (d) ------------------------------------------------------------------------------------------
  log(`(d) start-up: median of ${startupRuns} runs each`)
  const startup = async (args) => {
    const times = []
    for (let run = 0; run < startupRuns; run++) times.push((await measure(args, {node: true})).seconds * 1000)
    return median(times)
  }
  results.startup = {
    nodeMs: await startup(['-e', '0']),
    versionMs: await startup([BIN, '--version']),
    seedMs: await startup([BIN, '-q', SMALL_SEED]),
    seedInProcessMs: await startup([BIN, '-q', '-j', '1', '--timeout-ms', '0', SMALL_SEED])
  }
  // (a) and (b) ----------------------------------------------------------------------------------
  // Each pass of the library is followed by a pass of remark-parse, so that the two passes of a pair
  // meet the same load from the machine's other tenants: the ratio a/b is the median of the pairs'.
  const inputs = small.files.map((path) => ({path, bytes: readFileSync(path)}))
  const {unified} = await import('unified')
  const {default: remarkParse} = await import('remark-parse')
  const texts = []
  let remarkTotal = 0
  for (const input of inputs) {
    if (remarkTotal >= remarkBytes) break
    texts.push(new TextDecoder().decode(input.bytes))
    remarkTotal += input.bytes.byteLength
  }
  const processor = unified().use(remarkParse)
  log(`(a) library: ${passes} passes over ${mb(small.bytes)} MB; (b) remark-parse: ${passes} passes over ${mb(remarkTotal)} MB (${texts.length} documents), alternated`)
  const warmInputs = inputs.slice(0, warmupDocs)
  const libraryWarmUp = timed(sumBytes(warmInputs), () => {
    for (const input of warmInputs) extract(input)
  })
  log(`    library warm-up over ${warmInputs.length} documents (not counted): ${describeRate(libraryWarmUp)}`)
  const warmTexts = texts.slice(0, Math.ceil(texts.length / 10))
  const remarkWarmUp = timed(warmTexts.reduce((total, text) => total + Buffer.byteLength(text), 0), () => {
    for (const text of warmTexts) processor.parse(text)
  })
  log(`    remark-parse warm-up over ${warmTexts.length} documents (not counted): ${describeRate(remarkWarmUp)}`)
  const libraryRuns = []
  const remarkRuns = []
  for (let pass = 0; pass < passes; pass++) {
    libraryRuns.push(timed(small.bytes, () => {
      for (const input of inputs) extract(input)
    }))
    remarkRuns.push(timed(remarkTotal, () => {
      for (const text of texts) processor.parse(text)
    }))
    log(`    pass ${pass + 1}: library ${describeRate(libraryRuns.at(-1))}; remark-parse ${describeRate(remarkRuns.at(-1))}`)
  }
  results.library = {...summariseRuns(libraryRuns), warmUp: {docs: warmInputs.length, ...libraryWarmUp}}
  results.remark = {...summariseRuns(remarkRuns), bytes: remarkTotal, warmUp: {docs: warmTexts.length, ...remarkWarmUp}}
  results.ratio = {
    wall: median(libraryRuns.map((run, pass) => run.mbPerSecond / remarkRuns[pass].mbPerSecond)),
    cpu: median(libraryRuns.map((run, pass) => run.cpuMbPerSecond / remarkRuns[pass].cpuMbPerSecond))
  }
  inputs.length = 0
  texts.length = 0

} finally {
  if (flags.keep) log(`corpus kept in ${work}`)
  else rmSync(work, {recursive: true, force: true})
}

printResults(results)

// -------------------------------------------------------------------------------------------------

/** Write `count` documents: seed i % seeds, every multi-digit figure varied by a seeded PRNG. */
function writeCorpus(directory, seeds, count) {
  mkdirSync(directory, {recursive: true})
  const random = mulberry32(20_250_101)
  const files = []
  let bytes = 0
  for (let index = 0; index < count; index++) {
    const seed = seeds[index % seeds.length]
    const text = varyFigures(seed.text, random)
    const path = join(directory, `${String(index + 1).padStart(5, '0')}-${seed.stem}.txt`)
    writeFileSync(path, text)
    files.push(path)
    bytes += Buffer.byteLength(text)
  }
  return {directory, files, bytes}
}

/**
 * Replace the digits after the first of each figure with random ones: same length and shape, so the
 * document parses alike, but different bytes. Heading numbers (at the start of a line), years and
 * dates or document numbers (next to a slash) are kept.
 */
function varyFigures(text, random) {
  return text.replace(/\d+(?:[.,]\d+)*/g, (figure, offset) => {
    const before = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset)
    const after = text.charAt(offset + figure.length)
    if (/^[\s*_\-+(]*$/.test(before) || /^(19|20)\d\d$/.test(figure) || before.endsWith('/') || after === '/') return figure
    let first = true
    return figure.replace(/\d/g, (digit) => {
      if (first) {
        first = false
        return digit
      }
      return String(Math.floor(random() * 10))
    })
  })
}

function mulberry32(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * The least wall-time ratio --jobs 2 / --jobs 1 this machine allows for the CPU time the two runs took:
 * --jobs 2 cannot finish sooner than its CPU time spread over every core, so its wall time is at least
 * cpu(jobs 2) / cores, and the ratio at least cpu(jobs 2) / (cores x wall(jobs 1)). --jobs 1 is not one
 * core's work: its engine compiles on background threads and the main thread writes the output, beside
 * the worker; the more of a second core --jobs 1 already uses, the higher this floor. NaN without CPU times.
 */
function ratioFloor(jobs1, jobs2) {
  return jobs2.cpuSeconds / (availableParallelism() * jobs1.seconds)
}

/**
 * Run `node BIN args` (or `node args` with {node: true}), stdout to /dev/null; wall time in seconds and
 * the child's peak RSS in MB.
 */
function measure(args, {node = false} = {}) {
  const command = node ? args : [BIN, ...args]
  const timed = existsSync(TIME)
  const [file, argv] = timed ? [TIME, ['-f', '%M %U %S', process.execPath, ...command]] : [process.execPath, command]
  const devNull = openSync('/dev/null', 'w')
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(file, argv, {cwd: ROOT, stdio: ['ignore', devNull, 'pipe']})
    closeSync(devNull)
    let stderr = ''
    let polledKb = 0
    // The child's (or, under /usr/bin/time, its own child's) resident set, every 250 ms: the typical level.
    const samples = []
    const poll = setInterval(() => {
      const pid = timed ? childOf(child.pid) : child.pid
      if (pid === undefined) return
      const status = readStatus(pid)
      if (!status) return
      polledKb = Math.max(polledKb, status.highWaterKb)
      samples.push(status.residentKb)
    }, timed ? 250 : 20)
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000
      if (poll) clearInterval(poll)
      let peakKb = polledKb
      let cpuSeconds = NaN
      if (timed) {
        const lines = stderr.trimEnd().split('\n')
        const [maxRss, user, system] = (lines.pop() ?? '').split(' ').map(Number)
        peakKb = maxRss
        cpuSeconds = user + system
        stderr = lines.join('\n')
      }
      resolve({code, seconds, cpuSeconds, peakRssMb: (peakKb * 1024) / 1e6, medianRssMb: samples.length ? (median(samples) * 1024) / 1e6 : NaN, stderr})
    })
  })
}

/** VmHWM (peak) and VmRSS (now) of a process, in kB; undefined once it is gone. */
function readStatus(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    return {highWaterKb: Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0), residentKb: Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0)}
  } catch {
    return undefined
  }
}

/** The first child of `pid` (the node process that /usr/bin/time runs). */
function childOf(pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/)[0]) || undefined
  } catch {
    return undefined
  }
}

function printResults(results) {
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`)
    return
  }
  const {library, remark, cli, startup, corpus, machine} = results
  const {wall: ratio, cpu: cpuRatio} = results.ratio
  const wallRatio = cli.ratio
  const roundRatios = cli.rounds.map((round) => round.ratio.toFixed(2)).join(', ')
  const rows = [
    ['(a) library, single thread', `${library.mbPerSecond.toFixed(2)} MB/s`, '>= 20 MB/s', library.mbPerSecond >= 20],
    ['    by CPU time', `${library.cpuMbPerSecond.toFixed(2)} MB/s`, '', null],
    [`    warm-up, ${library.warmUp.docs} docs, not counted`, `${library.warmUp.mbPerSecond.toFixed(2)} MB/s (CPU time: ${library.warmUp.cpuMbPerSecond.toFixed(2)})`, '', null],
    ['(b) remark-parse alone', `${remark.mbPerSecond.toFixed(2)} MB/s (CPU time: ${remark.cpuMbPerSecond.toFixed(2)})`, '', null],
    [`    ratio a/b (median of ${library.passes.length} pairs)`, `${ratio.toFixed(2)}x (CPU time: ${cpuRatio.toFixed(2)}x)`, '>= 8x', ratio >= 8],
    [`(c) CLI --jobs 1, ${cli.jobs1.docs} docs, median`, describeRun(cli.jobs1), '< 250 MB', cli.jobs1.peakRssMb < 250],
    [`    CLI --jobs 2, ${cli.jobs2.docs} docs, median`, describeRun(cli.jobs2), '< 250 MB', cli.jobs2.peakRssMb < 250],
    [`    wall --jobs 2 / --jobs 1 (median of ${cli.rounds.length})`, `${wallRatio.toFixed(2)} (rounds: ${roundRatios})`, '<= 0.6', wallRatio <= 0.6],
    [`    least ratio ${machine.cores} cores allow: CPU(j2) / (${machine.cores} x wall(j1))`, describeFloor(cli), '', null],
    [`    CLI --jobs 1, ${cli.jobs1Big.docs} docs`, describeRun(cli.jobs1Big), '', null],
    [`    CLI --jobs 2, ${cli.jobs2Big.docs} docs`, describeRun(cli.jobs2Big), 'flat vs above', cli.jobs2Big.peakRssMb <= cli.jobs2.peakRssMb * 1.25 && cli.jobs2Big.peakRssMb < 250],
    [`    wall --jobs 2 / --jobs 1, ${cli.jobs2Big.docs} docs (one pair)`, cli.ratioBig.toFixed(2), '', null],
    ['(d) node -e 0', `${startup.nodeMs.toFixed(0)} ms`, '', null],
    ['    --version', `${startup.versionMs.toFixed(0)} ms (${(startup.versionMs / startup.nodeMs).toFixed(2)}x)`, '<= 3x', startup.versionMs <= 3 * startup.nodeMs],
    ['    one seed file', `${startup.seedMs.toFixed(0)} ms (${(startup.seedMs / startup.nodeMs).toFixed(2)}x)`, '', null],
    ['    one seed, -j 1 --timeout-ms 0', `${startup.seedInProcessMs.toFixed(0)} ms (${(startup.seedInProcessMs / startup.nodeMs).toFixed(2)}x)`, '', null]
  ]
  const width = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length)))
  const out = [
    `resolution-extract bench: ${corpus.docs} docs (${mb(corpus.bytes)} MB) and ${corpus.bigDocs} docs (${mb(corpus.bigBytes)} MB); ` +
      `node ${machine.node}, ${machine.cores} cores (${machine.cpu}), load ${machine.loadAverage.toFixed(2)} at start; peak RSS by ${cli.rssMethod}`,
    ...rows.map((row) => `${row[0].padEnd(width[0])}  ${row[1].padEnd(width[1])}  ${row[2].padEnd(width[2])}  ${row[3] === null ? '' : row[3] ? 'ok' : 'MISSED'}`.trimEnd())
  ]
  process.stdout.write(`${out.join('\n')}\n`)
}

/**
 * Run `work` once; MB/s by wall time and by the process's CPU time. On a shared machine the wall
 * figure counts other processes' work too; the CPU figure does not (it does count the engine's
 * garbage-collector threads, so it errs low).
 */
function timed(bytes, work) {
  const wallStart = performance.now()
  const cpuStart = process.cpuUsage()
  work()
  const cpu = process.cpuUsage(cpuStart)
  const wallSeconds = (performance.now() - wallStart) / 1000
  return {mbPerSecond: bytes / 1e6 / wallSeconds, cpuMbPerSecond: bytes / 1e6 / ((cpu.user + cpu.system) / 1e6)}
}

function sumBytes(inputs) {
  return inputs.reduce((total, input) => total + input.bytes.byteLength, 0)
}

function summariseRuns(runs) {
  return {
    mbPerSecond: median(runs.map((run) => run.mbPerSecond)),
    cpuMbPerSecond: median(runs.map((run) => run.cpuMbPerSecond)),
    passes: runs
  }
}

function describeRate(run) {
  return `${run.mbPerSecond.toFixed(2)} MB/s (CPU time: ${run.cpuMbPerSecond.toFixed(2)} MB/s)`
}

function describeFloor(cli) {
  if (Number.isNaN(cli.floor)) return `n/a (no CPU times without ${TIME})`
  const rounds = cli.rounds.map((round) => round.floor.toFixed(2)).join(', ')
  return `${cli.floor.toFixed(2)} (rounds: ${rounds}); cores used: --jobs 1 ${cli.coresUsed.jobs1.toFixed(2)}, --jobs 2 ${cli.coresUsed.jobs2.toFixed(2)}`
}

function describeRun(run) {
  const cpu = Number.isNaN(run.cpuSeconds) ? '' : ` (CPU ${run.cpuSeconds.toFixed(1)} s)`
  return `${run.seconds.toFixed(2)} s${cpu}, peak ${run.peakRssMb.toFixed(0)} MB (median ${run.medianRssMb.toFixed(0)})`
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function mb(bytes) {
  return (bytes / 1e6).toFixed(1)
}

function positive(value, name) {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) fail(`--${name} expects a whole number from 1, got "${value}"`)
  return number
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`)
  process.exit(2)
}
