/**
 * What the CLI's main thread loads. zod (the validator) costs ~100 ms to import; only the workers, which
 * validate records, need it, and only the `schema` command on the main thread.
 */
import {spawnSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {REPO_ROOT} from './helpers/cli.js'

/** Resolution hooks that refuse zod, registered before `module` is imported. */
const REFUSE_ZOD_HOOKS = `export async function resolve(specifier, context, next) {
  if (specifier === 'zod' || specifier.startsWith('zod/')) throw new Error('zod was imported')
  return next(specifier, context)
}`
const REGISTER = `import {register} from 'node:module'; register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(REFUSE_ZOD_HOOKS)}))`

function importsWithoutZod(module: string): {status: number | null; stderr: string} {
  const run = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, '--input-type=module', '-e', `await import(${JSON.stringify(module)})`], {
    cwd: REPO_ROOT,
    encoding: 'utf8'
  })
  return {status: run.status, stderr: run.stderr}
}

describe('the main thread of the CLI', () => {
  it('should not import zod to parse the command line and run a batch', () => {
    for (const module of ['./dist/cli/main.js', './dist/cli/run.js']) {
      const run = importsWithoutZod(module)
      expect(run.stderr, module).toBe('')
      expect(run.status, module).toBe(0)
    }
  })

  it('is checked by hooks that do catch an import of zod', () => {
    const run = importsWithoutZod('./dist/schema.js')
    expect(run.status).not.toBe(0)
    expect(run.stderr).toContain('zod was imported')
  })
})
