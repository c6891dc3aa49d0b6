/**
 * Run the CLI the way a user does: `node bin/resolution-extract.js …` from the repository root, with
 * stdin piped (and closed), stdout and stderr captured, and no colour forced on or off by the environment.
 */
import {spawn} from 'node:child_process'
import {fileURLToPath} from 'node:url'

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const BIN = 'bin/resolution-extract.js'

export interface CliResult {
  /** Exit code, or null when the process was killed by a signal. */
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

export interface RunCliOptions {
  /** Written to the child's stdin, which is then closed. Without it stdin is closed empty. */
  readonly input?: string | Uint8Array | undefined
  /** Working directory; the repository root by default. */
  readonly cwd?: string | undefined
  /** Kill the child after this many milliseconds (default 20 s). */
  readonly timeoutMs?: number | undefined
}

export function runCli(args: readonly string[], options: RunCliOptions = {}): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = {...process.env}
  delete env.NO_COLOR
  delete env.FORCE_COLOR
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {cwd: options.cwd ?? REPO_ROOT, env, stdio: ['pipe', 'pipe', 'pipe']})
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000)
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    // The CLI may exit without reading stdin: ignore the resulting EPIPE.
    child.stdin.on('error', () => {})
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({code, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8')})
    })
    child.stdin.end(options.input ?? '')
  })
}
