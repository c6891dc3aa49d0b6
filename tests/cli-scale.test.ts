/**
 * The CLI at scale (issue 7), spawned as a user runs it: --jobs gives the same bytes whatever the
 * number of workers (and in-process), --files-from reads a list of inputs, --shard K/N splits the sorted
 * inputs into contiguous parts whose outputs concatenate to the unsharded output, bad values exit 2.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, test as base} from 'vitest'
import {type CliResult, REPO_ROOT, runCli} from './helpers/cli.js'

const SEEDS = readdirSync(join(REPO_ROOT, 'seeds'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => `seeds/${name}`)

/** Start a run once, on first use, and share its result between tests. */
function shared(args: readonly string[]): () => Promise<CliResult> {
  let result: Promise<CliResult> | null = null
  return () => (result ??= runCli(args))
}

const ndjsonRun = shared(['-q', '-f', 'ndjson', '--jobs', '2', 'seeds'])

function expectUsageError(result: CliResult, mention: string): void {
  expect(result.code).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr).toContain(mention)
  expect(result.stderr).not.toMatch(/^\s*at /m)
}

const it = base.extend<{tmp: string}>({
  // vitest reads a fixture's dependencies from its first parameter's pattern: none here.
  tmp: async ({}, use) => {
    const directory = await mkdtemp(join(tmpdir(), 'resolution-extract-scale-'))
    try {
      await use(directory)
    } finally {
      await rm(directory, {recursive: true, force: true})
    }
  }
})

describe.concurrent('--jobs', () => {
  // Over 1 MB of input, so that a second worker is worth starting: 5 copies of each seed.
  let corpus = ''
  let names: string[] = []

  beforeAll(async () => {
    corpus = await mkdtemp(join(tmpdir(), 'resolution-extract-jobs-'))
    names = SEEDS.flatMap((seed) => [1, 2, 3, 4, 5].map((copy) => `${seed.slice('seeds/'.length, -'.txt'.length)}-${copy}.txt`)).sort()
    await Promise.all(names.map((name) => writeFile(join(corpus, name), readFileSync(join(REPO_ROOT, 'seeds', `${name.slice(0, -'-1.txt'.length)}.txt`)))))
  })

  afterAll(async () => {
    await rm(corpus, {recursive: true, force: true})
  })

  it('should write byte-identical JSON with one and two workers', async () => {
    const [one, two] = await Promise.all([runCli(['-q', '--jobs', '1', corpus]), runCli(['-q', '--jobs', '2', corpus])])
    for (const result of [one, two]) {
      expect(result.code).toBe(0)
      expect(result.stderr).toBe('')
    }
    expect(two.stdout).toBe(one.stdout)
    // The streamed array is exactly what JSON.stringify(records, null, 2) gives.
    const records = JSON.parse(one.stdout) as Array<{source: {path: string}}>
    expect(one.stdout).toBe(`${JSON.stringify(records, null, 2)}\n`)
    expect(records.map((record) => record.source.path)).toEqual(names.map((name) => `${corpus}/${name}`))
  })

  it('should write byte-identical NDJSON with one and two workers, in input order, summaries too', async () => {
    const [one, two] = await Promise.all([runCli(['-q', '-f', 'ndjson', '--jobs', '1', corpus]), runCli(['-f', 'ndjson', '--jobs', '2', corpus])])
    expect(one.code).toBe(0)
    expect(two.code).toBe(0)
    expect(two.stdout).toBe(one.stdout)
    const paths = two.stdout
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as {source: {path: string}}).source.path)
    expect(paths).toEqual(names.map((name) => `${corpus}/${name}`))
    const summaries = two.stderr.trimEnd().split('\n')
    expect(summaries.map((line) => line.slice(0, line.indexOf('.txt: ') + 4))).toEqual(paths)
  })

  it('should write the same bytes in-process (--jobs 1 --timeout-ms 0) as in a worker', async () => {
    const [inProcess, worker] = await Promise.all([runCli(['-q', '-f', 'ndjson', '-j', '1', '--timeout-ms', '0', 'seeds']), ndjsonRun()])
    expect(inProcess.code).toBe(0)
    expect(inProcess.stdout).toBe(worker.stdout)
  })

  it('should write the empty array when no input yields a record', async ({tmp}) => {
    const result = await runCli(['-q', join(tmp, 'missing.txt')])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('[]\n')
  })

  it('should exit 2 on a bad --jobs value', async () => {
    const results = await Promise.all(['0', 'two', '1.5'].map((value) => runCli(['--jobs', value, SEEDS[0]!])))
    for (const result of results) expectUsageError(result, '--jobs')
  })
})

describe.concurrent('--files-from', () => {
  it('should read inputs from a list, ignoring blank lines, comments and CRLF', async ({tmp}) => {
    const list = join(tmp, 'list.txt')
    await writeFile(list, `# the seeds, reversed\r\n\r\n${[...SEEDS].reverse().join('\r\n')}\n   \n`)
    const [result, expected] = await Promise.all([runCli(['-q', '-f', 'ndjson', '--files-from', list]), ndjsonRun()])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(expected.stdout)
  })

  it('should read the list from standard input with --files-from -', async () => {
    const [result, expected] = await Promise.all([runCli(['-q', '-f', 'ndjson', '--files-from', '-'], {input: `${SEEDS.join('\n')}\n`}), ndjsonRun()])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(expected.stdout)
  })

  it('should add the listed inputs to those named, and take listed names literally', async ({tmp}) => {
    const odd = join(tmp, 'plan [2024] *.txt')
    await writeFile(odd, await readFile(join(REPO_ROOT, SEEDS[4]!)))
    const list = join(tmp, 'list.txt')
    await writeFile(list, `${odd}\n${join(tmp, 'gone.txt')}\n`)
    const result = await runCli(['-q', '-f', 'ndjson', '--files-from', list, SEEDS[0]!])
    expect(result.code).toBe(1)
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/gone\.txt: .*\[not-found\]$/)])
    const paths = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as {source: {path: string}}).source.path)
    expect(paths.sort()).toEqual([odd, SEEDS[0]].sort())
  })

  it('should exit 2 when the list cannot be read', async ({tmp}) => {
    expectUsageError(await runCli(['--files-from', join(tmp, 'no-list.txt')]), 'no-list.txt')
  })
})

describe.concurrent('--shard', () => {
  it('should split the sorted inputs so that the shards concatenated give the unsharded NDJSON', async () => {
    // Inputs named in reverse: shards follow the sorted order, not the command line.
    const args = ['-q', '-f', 'ndjson', '--jobs', '1', ...[...SEEDS].reverse()]
    const [expected, ...shards] = await Promise.all([ndjsonRun(), ...[1, 2, 3].map((index) => runCli([...args, '--shard', `${index}/3`]))])
    for (const shard of shards) expect(shard.code).toBe(0)
    // Contiguous ranges of 5 inputs: 1, 2 and 2 (indexes floor((k-1)*5/3) to floor(k*5/3)).
    expect(shards.map((shard) => shard.stdout.match(/\n/g)?.length ?? 0)).toEqual([1, 2, 2])
    expect(shards.map((shard) => shard.stdout).join('')).toBe(expected!.stdout)
  })

  it('should leave a shard empty when there are more shards than inputs', async () => {
    const [first, last] = await Promise.all([runCli(['-q', '-f', 'ndjson', '--shard', '1/7', ...SEEDS]), runCli(['-q', '-f', 'ndjson', '--shard', '7/7', ...SEEDS])])
    expect(first.code).toBe(0)
    expect(first.stdout).toBe('')
    expect(last.code).toBe(0)
    expect(last.stdout.match(/\n/g)).toHaveLength(1)
  })

  it('should write each input once across the shards with --out-dir', async ({tmp}) => {
    const results = await Promise.all([1, 2].map((index) => runCli(['-q', '--shard', `${index}/2`, '-o', join(tmp, `shard-${index}`), 'seeds'])))
    for (const result of results) expect(result.code).toBe(0)
    const [first, second] = await Promise.all([readdir(join(tmp, 'shard-1')), readdir(join(tmp, 'shard-2'))])
    expect(first.length + second.length).toBe(SEEDS.length)
    expect([...first, ...second].sort()).toEqual(SEEDS.map((path) => `${path.slice('seeds/'.length, -'.txt'.length)}.json`))
  })

  it('should exit 2 on a bad --shard value', async () => {
    const values = ['0/3', '4/3', '1/0', '3', 'a/b', '1/2/3', '-1/2']
    const results = await Promise.all(values.map((value) => runCli(['--shard', value, SEEDS[0]!])))
    for (const result of results) expectUsageError(result, '--shard')
  })

  it('should exit 2 when asked to shard standard input', async () => {
    expectUsageError(await runCli(['--shard', '1/2', '-'], {input: 'text'}), '--shard')
  })
})
