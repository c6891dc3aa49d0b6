/**
 * The CLI on bad input and in bad conditions (issue 8), spawned as a user runs it: each failing input is
 * one line `error: <path>: <message> [<code>]` and the batch goes on; a file over --max-bytes or over
 * its time budget fails alone; SIGINT/SIGTERM leave no partial file and exit 130/143; a reader that
 * closes stdout early ends the run quietly (exit 141).
 */
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, test as base} from 'vitest'
import {BIN, type CliResult, REPO_ROOT, runCli} from './helpers/cli.js'

const SMALL_SEED = 'seeds/004_8cf2f54e953284da.txt'
const LARGE_SEED = 'seeds/001_b4e47fb29186cbe5.txt'
/** A short resolution: quick to extract even in a cold worker on a loaded machine. */
const TINY_TEXT = 'HỘI ĐỒNG NHÂN DÂN\nTỈNH AN GIANG\n\nNGHỊ QUYẾT\nVề kế hoạch năm 2025\n\nĐiều 1. Chỉ tiêu\n1. Tổng sản phẩm tăng 7,5%.\n'

function nonEmptyLines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '')
}

function expectNoStackTrace(result: {stderr: string}): void {
  expect(result.stderr).not.toMatch(/^\s*at /m)
  expect(result.stderr).not.toContain('internal error')
}

/** The one error line naming `path`, which must end with `[code]`. */
function errorLine(result: CliResult, path: string, code: string): string {
  const lines = nonEmptyLines(result.stderr).filter((line) => line.startsWith(`error: ${path}: `))
  expect(lines, result.stderr).toHaveLength(1)
  expect(lines[0]).toMatch(new RegExp(`\\[${code}\\]$`))
  return lines[0]!
}

function recordPaths(stdout: string): string[] {
  return nonEmptyLines(stdout).map((line) => (JSON.parse(line) as {source: {path: string}}).source.path)
}

const it = base.extend<{tmp: string}>({
  // vitest reads a fixture's dependencies from its first parameter's pattern: none here.
  tmp: async ({}, use) => {
    const directory = await mkdtemp(join(tmpdir(), 'resolution-extract-robust-'))
    try {
      await use(directory)
    } finally {
      await rm(directory, {recursive: true, force: true})
    }
  }
})

describe.concurrent('per-file failures', () => {
  it.skipIf(process.getuid?.() === 0)('should report an unreadable file as permission-denied and go on', async ({tmp}) => {
    const locked = join(tmp, 'locked.txt')
    await writeFile(locked, TINY_TEXT)
    await chmod(locked, 0o000)
    const result = await runCli(['-q', '-f', 'ndjson', locked, SMALL_SEED])
    expect(result.code).toBe(1)
    expect(errorLine(result, locked, 'permission-denied')).toContain('permission denied')
    expect(recordPaths(result.stdout)).toEqual([SMALL_SEED])
  })

  it('should skip a file over --max-bytes as too-large, and accept units', async ({tmp}) => {
    const path = join(tmp, 'plan.txt')
    const tiny = join(tmp, 'tiny.txt')
    await writeFile(path, readFileSync(join(REPO_ROOT, SMALL_SEED)))
    await writeFile(tiny, TINY_TEXT)
    const [over, under, stdin] = await Promise.all([
      runCli(['-q', '-f', 'ndjson', '--max-bytes', '5KB', path, tiny]),
      runCli(['-q', '-f', 'ndjson', '--max-bytes', '1MiB', path]),
      runCli(['-q', '-f', 'ndjson', '--max-bytes', '1000', '-'], {input: readFileSync(join(REPO_ROOT, SMALL_SEED))})
    ])
    expect(over.code).toBe(1)
    expect(errorLine(over, path, 'too-large')).toContain('--max-bytes')
    expect(over.stderr).toContain('5 kB')
    expect(nonEmptyLines(over.stderr)).toHaveLength(1)
    expect(recordPaths(over.stdout)).toEqual([tiny])
    expect(under.code).toBe(0)
    expect(recordPaths(under.stdout)).toEqual([path])
    expect(stdin.code).toBe(1)
    errorLine(stdin, '<stdin>', 'too-large')
    expectNoStackTrace(over)
  })

  it('should say what a PDF, a Word document or an image looks like, one line each', async ({tmp}) => {
    const pdf = join(tmp, 'a-scan.txt')
    const docx = join(tmp, 'b-letter.txt')
    const png = join(tmp, 'c-photo.txt')
    await Promise.all([
      writeFile(pdf, Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'), Buffer.alloc(64, 0x20)])),
      writeFile(docx, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), Buffer.alloc(22), Buffer.from('[Content_Types].xml word/document.xml')])),
      writeFile(png, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR'), Buffer.alloc(200, 7)]))
    ])
    const result = await runCli(['-q', '-f', 'ndjson', pdf, docx, png, SMALL_SEED])
    expect(result.code).toBe(1)
    expect(nonEmptyLines(result.stderr)).toHaveLength(3)
    expect(errorLine(result, pdf, 'binary-file')).toContain('PDF')
    expect(errorLine(result, docx, 'binary-file')).toMatch(/Word|docx/)
    expect(errorLine(result, png, 'binary-file')).toContain('PNG')
    expect(recordPaths(result.stdout)).toEqual([SMALL_SEED])
    expectNoStackTrace(result)
  })

  it('should report invalid UTF-8 as invalid-encoding, with the byte offset', async ({tmp}) => {
    const path = join(tmp, 'damaged.txt')
    const bytes = Buffer.from(readFileSync(join(REPO_ROOT, SMALL_SEED)))
    bytes[2000] = 0xff
    await writeFile(path, bytes)
    const result = await runCli(['-q', '-f', 'ndjson', path, SMALL_SEED])
    expect(result.code).toBe(1)
    expect(errorLine(result, path, 'invalid-encoding')).toContain('offset 2000')
    expect(recordPaths(result.stdout)).toEqual([SMALL_SEED])
  })

  it('should report paths listed with --files-from that are missing or hold no text, and go on', async ({tmp}) => {
    const empty = join(tmp, 'empty-dir')
    await mkdir(empty)
    const missing = join(tmp, 'missing.txt')
    const list = join(tmp, 'list.txt')
    await writeFile(list, `${missing}\n${empty}\n${SMALL_SEED}\n`)
    const result = await runCli(['-q', '-f', 'ndjson', '--files-from', list])
    expect(result.code).toBe(1)
    errorLine(result, missing, 'not-found')
    errorLine(result, empty, 'empty-directory')
    expect(recordPaths(result.stdout)).toEqual([SMALL_SEED])
  })

  it('should stop a file over its --timeout-ms budget alone, and carry on with a fresh worker', async ({tmp}) => {
    // 25 MB of seed text: several seconds of work at any plausible speed, against a 1 s budget.
    const seeds = ['000_7d171519f209845d', '001_b4e47fb29186cbe5', '002_17c5f32e7502a0cf', '003_c59187114e89ad75'].map((stem) => readFileSync(join(REPO_ROOT, 'seeds', `${stem}.txt`)))
    const big = join(tmp, 'a-big.txt')
    const small = join(tmp, 'b-small.txt')
    await writeFile(big, Buffer.concat(Array.from({length: Math.ceil(25e6 / seeds.reduce((sum, seed) => sum + seed.length, 0))}, () => seeds).flat()))
    await writeFile(small, TINY_TEXT)
    const started = performance.now()
    const result = await runCli(['-q', '-f', 'ndjson', '--jobs', '1', '--max-bytes', '0', '--timeout-ms', '1000', big, small])
    expect(result.code).toBe(1)
    expect(errorLine(result, big, 'timeout')).toContain('1000 ms')
    expect(nonEmptyLines(result.stderr)).toHaveLength(1)
    expect(recordPaths(result.stdout)).toEqual([small])
    expect(performance.now() - started).toBeLessThan(15_000)
  })
})

describe('interruption and closed output', () => {
  let corpus = ''

  beforeAll(async () => {
    // Enough work that a run is still going when the signal arrives: 200 copies of the largest seed.
    corpus = await mkdtemp(join(tmpdir(), 'resolution-extract-interrupt-'))
    const bytes = readFileSync(join(REPO_ROOT, LARGE_SEED))
    await Promise.all(Array.from({length: 200}, (_, index) => writeFile(join(corpus, `doc-${String(index).padStart(3, '0')}.txt`), bytes)))
  })

  afterAll(async () => {
    await rm(corpus, {recursive: true, force: true})
  })

  /** Start the CLI; `act` runs once the run is under way (first output file, or first stdout chunk). */
  function interrupt(args: readonly string[], outDir: string | null, act: (child: ReturnType<typeof spawn>) => void): Promise<CliResult> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, ...args], {cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe']})
      let stdout = ''
      let stderr = ''
      let acted = false
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000)
      const poll = outDir
        ? setInterval(() => {
            void readdir(outDir)
              .then((names) => {
                if (!acted && names.some((name) => name.endsWith('.json'))) {
                  acted = true
                  act(child)
                }
              })
              .catch(() => {})
          }, 10)
        : null
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8')
        if (!outDir && !acted) {
          acted = true
          act(child)
        }
      })
      child.stdout.on('error', () => {})
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
      child.on('error', reject)
      child.on('close', (code, signal) => {
        clearTimeout(killer)
        if (poll) clearInterval(poll)
        resolve({code, signal, stdout, stderr})
      })
    })
  }

  async function expectCompleteFilesOnly(outDir: string): Promise<void> {
    const names = await readdir(outDir)
    expect(names.filter((name) => !/^doc-\d{3}\.json$/.test(name))).toEqual([])
    expect(names.length).toBeGreaterThan(0)
    expect(names.length).toBeLessThan(200)
    for (const name of names) JSON.parse(await readFile(join(outDir, name), 'utf8'))
  }

  it('should exit 130 on SIGINT during an --out-dir run, leaving only complete files', async ({tmp}) => {
    const outDir = join(tmp, 'out')
    const result = await interrupt(['-q', '--jobs', '2', '-o', outDir, corpus], outDir, (child) => child.kill('SIGINT'))
    expect(result.code).toBe(130)
    expect(result.stderr).toMatch(/interrupted by SIGINT/)
    expectNoStackTrace(result)
    await expectCompleteFilesOnly(outDir)
  })

  it('should exit 143 on SIGTERM, in-process too, leaving only complete files', async ({tmp}) => {
    const outDir = join(tmp, 'out')
    const result = await interrupt(['-q', '--jobs', '1', '--timeout-ms', '0', '-o', outDir, corpus], outDir, (child) => child.kill('SIGTERM'))
    expect(result.code).toBe(143)
    expect(result.stderr).toMatch(/interrupted by SIGTERM/)
    expectNoStackTrace(result)
    await expectCompleteFilesOnly(outDir)
  })

  it('should end quietly with exit 141 when stdout is closed early, as by | head -c 10', async () => {
    const results = await Promise.all(
      [['--jobs', '2'], ['--jobs', '1', '--timeout-ms', '0']].map((mode) => interrupt(['-q', '-f', 'ndjson', ...mode, corpus], null, (child) => child.stdout?.destroy()))
    )
    for (const result of results) {
      expect(result.code).toBe(141)
      expect(result.stderr).toBe('')
    }
  })
})
